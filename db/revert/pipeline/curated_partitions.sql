-- Revert mlb:pipeline/curated_partitions
BEGIN;
SET LOCAL ROLE mlb_owner;
DROP TABLE pipeline.curated_partitions;
COMMIT;
