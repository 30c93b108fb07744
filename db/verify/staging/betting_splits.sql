-- Verify mlb:staging/betting_splits (rework after v0.2.1)
BEGIN;
SELECT raw_fetched_at FROM staging.betting_splits WHERE false;
ROLLBACK;
