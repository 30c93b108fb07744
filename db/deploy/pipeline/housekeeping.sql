-- Deploy mlb:pipeline/housekeeping (reworked after v0.3.0)
-- Its lock waits are bounded first (pipeline.bound_lock_waits, issue 29): a wait past
-- pipeline.lock_timeout_seconds fails this run, and the next one retries.
-- The daily housekeeping job.
BEGIN;
-- Reads pg_cron's own tables, which only a superuser sees in full: owned by the
-- deploying superuser, search_path pinned.

CREATE OR REPLACE FUNCTION pipeline.housekeeping() RETURNS TABLE (cleaned text, rows_deleted bigint)
LANGUAGE plpgsql SECURITY DEFINER
SET search_path = pg_catalog, pipeline, cron
AS $$
DECLARE
  v_keep interval := make_interval(days => coalesce(pipeline.setting_numeric('housekeeping.keep_days'), 30)::int);
  n bigint;
BEGIN
  PERFORM pipeline.bound_lock_waits();
  DELETE FROM cron.job_run_details WHERE end_time < now() - v_keep;
  GET DIAGNOSTICS n = ROW_COUNT;
  cleaned := 'cron.job_run_details'; rows_deleted := n; RETURN NEXT;
  -- Only runs nothing points at (skipped, failed, empty) may go.
  DELETE FROM pipeline.runs r
   WHERE r.started_at < now() - v_keep AND r.status IN ('skipped', 'failed', 'succeeded') AND r.rows_out = 0
     AND NOT EXISTS (SELECT 1 FROM staging.validation_results v WHERE v.pipeline_run_id = r.id)
     AND NOT EXISTS (SELECT 1 FROM staging.data_quality_metrics m WHERE m.pipeline_run_id = r.id)
     AND NOT EXISTS (SELECT 1 FROM staging.games g WHERE g.pipeline_run_id = r.id)
     AND NOT EXISTS (SELECT 1 FROM staging.game_source_ids g WHERE g.pipeline_run_id = r.id)
     AND NOT EXISTS (SELECT 1 FROM curated.enhanced_games g WHERE g.pipeline_run_id = r.id);
  GET DIAGNOSTICS n = ROW_COUNT;
  cleaned := 'pipeline.runs'; rows_deleted := n; RETURN NEXT;
END
$$;
COMMENT ON FUNCTION pipeline.housekeeping() IS 'Daily job mlb-housekeeping: trims cron.job_run_details and pipeline runs that wrote nothing, older than housekeeping.keep_days (30). Raw payloads are never touched here. Lock waits are bounded by pipeline.lock_timeout_seconds (pipeline.bound_lock_waits).';
REVOKE EXECUTE ON FUNCTION pipeline.housekeeping() FROM PUBLIC;


DO $$ BEGIN PERFORM cron.schedule('mlb-housekeeping', '0 10 * * *', 'SELECT * FROM pipeline.housekeeping()'); END $$;

COMMIT;
