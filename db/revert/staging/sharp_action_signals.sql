-- Revert mlb:staging/sharp_action_signals
BEGIN;
SET LOCAL ROLE mlb_owner;
DROP VIEW staging.sharp_action_signals;
COMMIT;
