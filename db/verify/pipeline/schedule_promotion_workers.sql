-- Verify mlb:pipeline/schedule_promotion_workers (reworked after v0.3.0): it schedules the workers' drains too.
BEGIN;
SELECT 1/count(*) FROM pg_trigger WHERE tgname = 'schedule_promotion_workers' AND tgrelid = 'pipeline.settings'::regclass;
SELECT 1/count(*) FROM pg_proc WHERE oid = 'pipeline.schedule_promotion_workers()'::regprocedure
   AND prosrc LIKE '%mlb-pipeline-drain-%';
ROLLBACK;
