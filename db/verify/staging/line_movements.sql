-- Verify mlb:staging/line_movements
BEGIN;
SELECT 1 FROM staging.line_movements WHERE false;
SELECT outlet FROM staging.line_movements WHERE false;
ROLLBACK;
