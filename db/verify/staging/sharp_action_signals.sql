-- Verify mlb:staging/sharp_action_signals
BEGIN;
SELECT 1 FROM staging.sharp_action_signals WHERE false;
ROLLBACK;
