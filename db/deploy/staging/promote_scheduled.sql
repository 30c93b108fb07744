-- Deploy mlb:staging/promote_scheduled (reworked after v0.3.0)
-- Its lock waits are bounded first (pipeline.bound_lock_waits, issue 29): a wait past
-- pipeline.lock_timeout_seconds fails this run, and the next one retries.
-- The every-minute promotion job.
BEGIN;
SET LOCAL ROLE mlb_owner;

CREATE OR REPLACE FUNCTION staging.promote_scheduled(p_job int DEFAULT 1) RETURNS void
LANGUAGE plpgsql SECURITY DEFINER
SET search_path = pg_catalog, staging, pipeline
AS $$
DECLARE
  v_workers int := coalesce(pipeline.setting_numeric('pipeline.promotion_workers')::int, 1);
  v_reference bigint;
BEGIN
  PERFORM pipeline.bound_lock_waits();
  IF NOT pipeline.setting_enabled('pipeline.auto_promotion') OR NOT EXISTS (SELECT 1 FROM pipeline.promotion_queue)
     OR p_job > v_workers THEN
    RETURN;
  END IF;
  IF v_workers = 1 THEN
    PERFORM staging.promote();
    RETURN;
  END IF;
  v_reference := CASE WHEN p_job = 1 THEN staging.reference_rows_queued() ELSE 0 END;
  IF v_reference > 0 THEN
    -- Job 1: the reference lane, and only it (it sorts first); the histories are the workers'.
    PERFORM staging.promote(least(v_reference, coalesce(pipeline.setting_numeric('pipeline.batch_size')::int, 500))::int);
  ELSE
    -- A worker takes the histories queued before any waiting reference row.
    PERFORM staging.promote_partition();
  END IF;
END
$$;
COMMENT ON FUNCTION staging.promote_scheduled(int) IS 'What the pg_cron job mlb-staging-promote (job 1) and mlb-staging-promote-N (job N) run each minute, when pipeline.auto_promotion is on and the queue is not empty: with one worker, job 1 runs staging.promote(); with more, job 1 promotes the waiting reference rows alone (staging.promote of as many rows as wait, which sort first) or, when none waits, runs a promotion worker, and jobs 2 to pipeline.promotion_workers each run a promotion worker (staging.promote_partition, which takes the histories queued before any waiting reference row). A job numbered beyond the setting does nothing. Lock waits are bounded by pipeline.lock_timeout_seconds (pipeline.bound_lock_waits).';
RESET ROLE;
-- The job runs as the deploying superuser; the functions run as mlb_owner.
DO $$ BEGIN PERFORM cron.schedule('mlb-staging-promote', '* * * * *', 'SELECT staging.promote_scheduled()'); END $$;

COMMIT;
