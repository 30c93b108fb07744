-- Verify mlb:raw_data/collection_log_outcomes
BEGIN;
SELECT 1/count(*) FROM pg_constraint WHERE conrelid = 'raw_data.collection_log'::regclass AND conname = 'collection_log_outcome_fkey';
ROLLBACK;
