-- Revert mlb:staging/promote_scheduled (reworked after v0.2.3): back to one job calling staging.promote()
BEGIN;
SET LOCAL ROLE mlb_owner;

DROP FUNCTION staging.promote_scheduled(int);
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

COMMIT;
