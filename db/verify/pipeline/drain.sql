-- Verify mlb:pipeline/drain
BEGIN;
SELECT 1/count(*) FROM pg_proc WHERE oid = 'pipeline.drain(numeric, int)'::regprocedure AND prokind = 'p';
SELECT 1/count(*) FROM cron.job WHERE jobname = 'mlb-pipeline-drain' AND command = 'CALL pipeline.drain()';
SELECT 1/count(*) FROM pipeline.settings WHERE key IN ('pipeline.drain_seconds', 'pipeline.drain_poll_seconds') HAVING count(*) = 2;
ROLLBACK;
