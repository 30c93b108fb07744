-- Verify mlb:staging/betting_splits
BEGIN;
SELECT 1 FROM staging.betting_splits WHERE false;
SELECT raw_fetched_at FROM staging.betting_splits WHERE false;
ROLLBACK;
