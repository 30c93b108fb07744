-- Revert mlb:pipeline/lineage
BEGIN;
SET LOCAL ROLE mlb_owner;
DROP FUNCTION pipeline.lineage(bigint);
COMMIT;
