-- Revert mlb:pipeline/schedule_promotion_workers
BEGIN;
DO $$
DECLARE
  j text;
BEGIN
  FOR j IN SELECT jobname FROM cron.job WHERE jobname ~ '^mlb-(staging-promote|curated-refresh)-[2-8]$' LOOP
    PERFORM cron.unschedule(j);
  END LOOP;
END
$$;
DROP TRIGGER schedule_promotion_workers ON pipeline.settings;
DROP FUNCTION pipeline.schedule_promotion_workers();
COMMIT;
