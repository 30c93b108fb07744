-- Revert mlb:pipeline/enqueue_new_raw_rows
BEGIN;
SET LOCAL ROLE mlb_owner;
DROP FUNCTION pipeline.enqueue_new_raw_rows();
COMMIT;
