-- Verify mlb:pipeline/schedule_promotion_workers
BEGIN;
SELECT 1/count(*) FROM pg_trigger WHERE tgname = 'schedule_promotion_workers' AND tgrelid = 'pipeline.settings'::regclass;
ROLLBACK;
