-- Deploy mlb:curated/refresh_dirty_dates
-- The every-minute curated job.
BEGIN;
SET LOCAL ROLE mlb_owner;

CREATE OR REPLACE FUNCTION curated.refresh_dirty_dates() RETURNS void
LANGUAGE plpgsql SECURITY DEFINER
SET search_path = pg_catalog, curated, pipeline
AS $$
BEGIN
  IF NOT pipeline.setting_enabled('pipeline.curated_enabled') OR NOT pipeline.setting_enabled('pipeline.auto_promotion') THEN
    RETURN;
  END IF;
  IF NOT pipeline.lock('curated.refresh', p_wait => false, p_shared => true) THEN
    RETURN;
  END IF;
  PERFORM curated.drain_dirty_dates(NULL);
END
$$;
COMMENT ON FUNCTION curated.refresh_dirty_dates() IS 'What the pg_cron job mlb-curated-refresh runs each minute: rebuilds every date staging marked dirty whose partition no other refresh holds (curated.drain_dirty_dates), when pipeline.curated_enabled and pipeline.auto_promotion are on; the refresh jobs (one per promotion worker) split the dates by partition. A call returns at once while something holds the refresh lock alone.';
RESET ROLE;
DO $$ BEGIN PERFORM cron.schedule('mlb-curated-refresh', '* * * * *', 'SELECT curated.refresh_dirty_dates()'); END $$;

COMMIT;
