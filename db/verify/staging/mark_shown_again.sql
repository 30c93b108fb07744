-- Verify mlb:staging/mark_shown_again
BEGIN;
SELECT 1/count(*) FROM pg_trigger WHERE tgname = 'mark_shown_again' AND tgrelid = 'raw_data.collection_log'::regclass;
SELECT 'staging.betting_splits_raw_brin'::regclass;
ROLLBACK;
