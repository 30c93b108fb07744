-- Verify mlb:pipeline/audit
BEGIN;

SELECT id, source, outcome, duration_ms FROM pipeline.recent_collection_attempts WHERE false;
SELECT id FROM pipeline.collection_failures WHERE false;
SELECT id, duration_seconds FROM pipeline.run_history WHERE false;
SELECT zone, waiting FROM pipeline.backlog WHERE false;
SELECT 'pipeline.lineage(bigint)'::regprocedure, 'pipeline.cron_jobs()'::regprocedure,
       'pipeline.apply_raw_retention(interval, boolean)'::regprocedure, 'pipeline.housekeeping()'::regprocedure;
SELECT 1 / count(*) FROM cron.job WHERE jobname = 'mlb-housekeeping';

ROLLBACK;
