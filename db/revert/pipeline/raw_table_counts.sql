-- Revert mlb:pipeline/raw_table_counts
BEGIN;
SET LOCAL ROLE mlb_owner;
DROP FUNCTION pipeline.raw_table_counts();
COMMIT;
