-- Verify mlb:raw_data/stated_splits
BEGIN;
SELECT 'raw_data.stated_splits(text, bigint[])'::regprocedure;
ROLLBACK;
