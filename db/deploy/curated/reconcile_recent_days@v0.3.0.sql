-- Deploy mlb:curated/reconcile_recent_days
-- The nightly reconcile job.
BEGIN;
SET LOCAL ROLE mlb_owner;

CREATE OR REPLACE FUNCTION curated.reconcile_recent_days(days int DEFAULT 3) RETURNS void
LANGUAGE plpgsql SECURITY DEFINER
SET search_path = pg_catalog, curated, pipeline
AS $$
BEGIN
  IF pipeline.setting_enabled('pipeline.curated_enabled') THEN
    PERFORM curated.rebuild_dates(ARRAY(SELECT generate_series((now() AT TIME ZONE 'America/New_York')::date - days,
                                                               (now() AT TIME ZONE 'America/New_York')::date, interval '1 day')::date));
  END IF;
END
$$;
COMMENT ON FUNCTION curated.reconcile_recent_days(int) IS 'What the nightly pg_cron job mlb-curated-reconcile runs: rebuilds the last few New York days, so late finals and corrections land.';

RESET ROLE;

-- 09:30 UTC is 04:30 or 05:30 in New York: after the last West Coast final.
DO $$ BEGIN PERFORM cron.schedule('mlb-curated-reconcile', '30 9 * * *', 'SELECT curated.reconcile_recent_days(3)'); END $$;

COMMIT;
