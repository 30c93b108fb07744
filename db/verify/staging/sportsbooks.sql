-- Verify mlb:staging/sportsbooks
BEGIN;
SELECT 1 FROM staging.sportsbooks WHERE false;
ROLLBACK;
