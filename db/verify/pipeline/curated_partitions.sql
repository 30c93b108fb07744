-- Verify mlb:pipeline/curated_partitions
BEGIN;
SELECT 1/(count(*) = 8)::int FROM pipeline.curated_partitions;
ROLLBACK;
