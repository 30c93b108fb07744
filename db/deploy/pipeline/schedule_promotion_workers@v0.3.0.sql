-- Deploy mlb:pipeline/schedule_promotion_workers
-- One pg_cron job per promotion worker: setting pipeline.promotion_workers to N
-- schedules mlb-staging-promote-2 .. -N beside mlb-staging-promote (job 1) and
-- removes the jobs beyond N, in the same transaction; and as many curated
-- refresh jobs, mlb-curated-refresh-2 .. -N beside mlb-curated-refresh, which
-- split the dirty dates by partition (curated.drain_dirty_dates). Owned by the deploying
-- superuser, like pipeline.cron_jobs(), because only it may schedule jobs.
BEGIN;

CREATE OR REPLACE FUNCTION pipeline.schedule_promotion_workers() RETURNS trigger
LANGUAGE plpgsql SECURITY DEFINER
SET search_path = pg_catalog, cron, pipeline
AS $$
DECLARE
  v_workers int := coalesce(pipeline.setting_numeric('pipeline.promotion_workers')::int, 1);
  v_job text;
  v_command text;
BEGIN
  FOR k IN 2 .. 8 LOOP
    FOR v_job, v_command IN VALUES ('mlb-staging-promote-' || k, format('SELECT staging.promote_scheduled(%s)', k)),
                                   ('mlb-curated-refresh-' || k, 'SELECT curated.refresh_dirty_dates()') LOOP
      IF k <= v_workers AND NOT EXISTS (SELECT 1 FROM cron.job j WHERE j.jobname = v_job) THEN
        PERFORM cron.schedule(v_job, '* * * * *', v_command);
      ELSIF k > v_workers AND EXISTS (SELECT 1 FROM cron.job j WHERE j.jobname = v_job) THEN
        PERFORM cron.unschedule(v_job);
      END IF;
    END LOOP;
  END LOOP;
  RETURN NULL;
END
$$;
REVOKE EXECUTE ON FUNCTION pipeline.schedule_promotion_workers() FROM PUBLIC;
COMMENT ON FUNCTION pipeline.schedule_promotion_workers() IS 'Trigger on pipeline.settings: when pipeline.promotion_workers changes to N, schedules the pg_cron jobs mlb-staging-promote-2 to -N (each runs staging.promote_scheduled(k) every minute) beside mlb-staging-promote (job 1), and as many curated refresh jobs mlb-curated-refresh-2 to -N (curated.refresh_dirty_dates(), which split the dirty dates by partition) beside mlb-curated-refresh, and unschedules those beyond N. Owned by the deploying superuser, the only role that may schedule jobs.';
CREATE TRIGGER schedule_promotion_workers AFTER INSERT OR UPDATE OF value ON pipeline.settings
  FOR EACH ROW WHEN (NEW.key = 'pipeline.promotion_workers') EXECUTE FUNCTION pipeline.schedule_promotion_workers();
COMMENT ON TRIGGER schedule_promotion_workers ON pipeline.settings IS 'One pg_cron job per promotion worker (pipeline.schedule_promotion_workers).';

COMMIT;
