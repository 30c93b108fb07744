-- Verify mlb:staging/line_movements (reworked after v0.2.3): a price series per outlet.
BEGIN;
SELECT outlet FROM staging.line_movements WHERE false;
ROLLBACK;
