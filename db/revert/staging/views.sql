-- Revert mlb:staging/views
BEGIN;

DROP VIEW staging.validation_success_rate;
DROP VIEW staging.sharp_action_signals;
DROP VIEW staging.line_movements;
DROP VIEW staging.totals;
DROP VIEW staging.spreads;
DROP VIEW staging.moneylines;

COMMIT;
