-- Verify mlb:curated/drain_dirty_dates
BEGIN;
SELECT 'curated.drain_dirty_dates(int)'::regprocedure;
ROLLBACK;
