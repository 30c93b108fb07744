-- Deploy mlb:curated/refresh_dirty_dates (reworked after v0.3.0)
-- Its lock waits are bounded first (pipeline.bound_lock_waits, issue 29): a wait past
-- pipeline.lock_timeout_seconds fails this run, and the next one retries.
-- The every-minute curated job.
BEGIN;
SET LOCAL ROLE mlb_owner;

CREATE OR REPLACE FUNCTION curated.refresh_dirty_dates() RETURNS void
LANGUAGE plpgsql SECURITY DEFINER
SET search_path = pg_catalog, curated, pipeline
AS $$
BEGIN
  PERFORM pipeline.bound_lock_waits();
  IF NOT pipeline.setting_enabled('pipeline.curated_enabled') OR NOT pipeline.setting_enabled('pipeline.auto_promotion') THEN
    RETURN;
  END IF;
  IF NOT pipeline.lock('curated.refresh', p_wait => false, p_shared => true) THEN
    RETURN;
  END IF;
  PERFORM curated.drain_dirty_dates(NULL);
END
$$;
COMMENT ON FUNCTION curated.refresh_dirty_dates() IS 'What the pg_cron job mlb-curated-refresh runs each minute: rebuilds every date staging marked dirty whose partition no other refresh holds (curated.drain_dirty_dates), when pipeline.curated_enabled and pipeline.auto_promotion are on; the refresh jobs (one per promotion worker) split the dates by partition. A call returns at once while something holds the refresh lock alone. Lock waits are bounded by pipeline.lock_timeout_seconds (pipeline.bound_lock_waits).';
RESET ROLE;
DO $$ BEGIN PERFORM cron.schedule('mlb-curated-refresh', '* * * * *', 'SELECT curated.refresh_dirty_dates()'); END $$;

COMMIT;
