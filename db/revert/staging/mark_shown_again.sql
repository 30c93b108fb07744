-- Revert mlb:staging/mark_shown_again
BEGIN;
SET LOCAL ROLE mlb_owner;
DROP TRIGGER mark_shown_again ON raw_data.collection_log;
DROP FUNCTION staging.mark_shown_again();
DROP INDEX staging.betting_splits_raw_brin;
COMMIT;
