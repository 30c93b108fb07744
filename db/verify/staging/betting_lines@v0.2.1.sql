-- Verify mlb:staging/betting_lines
BEGIN;
SELECT 1 FROM staging.betting_lines WHERE false;
ROLLBACK;
