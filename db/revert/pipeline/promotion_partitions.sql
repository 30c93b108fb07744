-- Revert mlb:pipeline/promotion_partitions
BEGIN;
SET LOCAL ROLE mlb_owner;
DROP TABLE pipeline.promotion_partitions;
COMMIT;
