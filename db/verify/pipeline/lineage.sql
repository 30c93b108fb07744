-- Verify mlb:pipeline/lineage
BEGIN;
SELECT 'pipeline.lineage(bigint)'::regprocedure;
ROLLBACK;
