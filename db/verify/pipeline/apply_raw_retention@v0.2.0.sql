-- Verify mlb:pipeline/apply_raw_retention
BEGIN;
SELECT 'pipeline.apply_raw_retention(interval, boolean)'::regprocedure;
ROLLBACK;
