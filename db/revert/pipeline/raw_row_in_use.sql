-- Revert mlb:pipeline/raw_row_in_use
BEGIN;
SET LOCAL ROLE mlb_owner;
DROP FUNCTION pipeline.raw_row_in_use(text, bigint);
COMMIT;
