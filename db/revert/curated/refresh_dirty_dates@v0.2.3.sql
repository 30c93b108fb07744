-- Revert mlb:curated/refresh_dirty_dates from the rework: the v0.2.0 curated.refresh_dirty_dates again
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
  IF NOT pg_try_advisory_xact_lock(hashtext('mlb.curated.refresh')) THEN
    RETURN;
  END IF;
  PERFORM curated.drain_dirty_dates(NULL);
END
$$;
COMMENT ON FUNCTION curated.refresh_dirty_dates() IS 'What the pg_cron job mlb-curated-refresh runs each minute: rebuilds every date staging marked dirty, when pipeline.curated_enabled and pipeline.auto_promotion are on. An overlapping call returns at once.';

COMMIT;
