-- Deploy mlb:staging/promote_scheduled
-- The every-minute promotion job.
BEGIN;
SET LOCAL ROLE mlb_owner;

CREATE FUNCTION staging.promote_scheduled() RETURNS void
LANGUAGE plpgsql SECURITY DEFINER
SET search_path = pg_catalog, staging, pipeline
AS $$
BEGIN
  IF pipeline.setting_enabled('pipeline.auto_promotion') AND EXISTS (SELECT 1 FROM pipeline.promotion_queue) THEN
    PERFORM staging.promote();
  END IF;
END
$$;
COMMENT ON FUNCTION staging.promote_scheduled() IS 'What the pg_cron job mlb-staging-promote runs each minute: staging.promote() when pipeline.auto_promotion is on and the queue is not empty.';

RESET ROLE;

-- The job runs as the deploying superuser; the functions run as mlb_owner.
DO $$ BEGIN PERFORM cron.schedule('mlb-staging-promote', '* * * * *', 'SELECT staging.promote_scheduled()'); END $$;

COMMIT;
