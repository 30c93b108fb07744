-- Verify mlb:pipeline/promotion_partitions
BEGIN;
SELECT 1/(count(*) = 8)::int FROM pipeline.promotion_partitions;
ROLLBACK;
