-- Verify mlb:staging/batch_cut
BEGIN;
SELECT 'staging.batch_cut(text[], bigint[], bigint)'::regprocedure;
SELECT 1 / count(*) FROM pipeline.settings WHERE key = 'pipeline.batch_max_bytes';
ROLLBACK;
