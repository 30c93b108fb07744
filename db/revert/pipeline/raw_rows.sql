-- Revert mlb:pipeline/raw_rows
BEGIN;
SET LOCAL ROLE mlb_owner;
DROP FUNCTION pipeline.raw_rows();
COMMIT;
