-- Deploy mlb:pipeline/drain
-- Freshness (issue 28): the minute jobs mlb-staging-promote and mlb-curated-refresh fire
-- in the same second, so a refresh always missed the marks of the promotion beside it
-- and a fetched change reached curated 72-120 s later, for 0.1-0.3 s of work. pg_cron
-- 1.4 schedules by the minute only. This job starts each minute and, for
-- pipeline.drain_seconds, promotes what is queued and at once rebuilds what that
-- marked, each step committed on its own, polling every pipeline.drain_poll_seconds.
-- With pipeline.promotion_workers at N, mlb-pipeline-drain-2 .. -N drain as workers 2
-- to N (pipeline.schedule_promotion_workers).
-- The minute jobs stay as the backstop; a drain of 0 seconds leaves only them.
BEGIN;
SET LOCAL ROLE mlb_owner;

INSERT INTO pipeline.settings (key, value, default_value, description, value_type, min_value, max_value)
VALUES ('pipeline.drain_seconds', '58', '58',
        'How long the pg_cron job mlb-pipeline-drain, started each minute, keeps promoting and refreshing as rows arrive (0: it does not run, and the every-minute jobs alone promote and refresh, a minute apart).',
        'integer', 0, 58),
       ('pipeline.drain_poll_seconds', '0.25', '0.25',
        'How long mlb-pipeline-drain waits between two looks at the promotion queue and the dirty dates.',
        'number', 0.05, 10)
ON CONFLICT (key) DO NOTHING;

CREATE OR REPLACE PROCEDURE pipeline.drain(p_seconds numeric DEFAULT NULL, p_worker int DEFAULT 1)
LANGUAGE plpgsql
-- No SET clause and not SECURITY DEFINER: a procedure with either cannot COMMIT. Every name is qualified; the
-- steps it calls are the jobs' own functions, which run as their owner.
AS $$
DECLARE
  v_until timestamptz := clock_timestamp()
    + make_interval(secs => coalesce(p_seconds, pipeline.setting_numeric('pipeline.drain_seconds'), 0));
  v_poll float8;
BEGIN
  IF coalesce(p_seconds, pipeline.setting_numeric('pipeline.drain_seconds'), 0) = 0 THEN
    RETURN;
  END IF;
  LOOP
    -- A step's failure is logged and the loop goes on; its work was rolled back (the rows stay queued, the dates dirty).
    BEGIN
      PERFORM staging.promote_scheduled(p_worker);
    EXCEPTION WHEN OTHERS THEN
      RAISE WARNING 'pipeline.drain: promotion failed: % (%)', SQLERRM, SQLSTATE;
    END;
    COMMIT;
    BEGIN
      PERFORM curated.refresh_dirty_dates();
    EXCEPTION WHEN OTHERS THEN
      RAISE WARNING 'pipeline.drain: refresh failed: % (%)', SQLERRM, SQLSTATE;
    END;
    COMMIT;
    EXIT WHEN clock_timestamp() >= v_until;
    v_poll := coalesce(pipeline.setting_numeric('pipeline.drain_poll_seconds'), 0.25);
    PERFORM pg_sleep(least(v_poll, greatest(extract(epoch FROM v_until - clock_timestamp()), 0)));
    COMMIT;
  END LOOP;
END
$$;
COMMENT ON PROCEDURE pipeline.drain(numeric, int) IS 'What the pg_cron job mlb-pipeline-drain runs each minute, and mlb-pipeline-drain-k as promotion worker k (p_worker; pipeline.schedule_promotion_workers): for p_seconds (pipeline.drain_seconds, 58, unless given) it promotes what is queued (staging.promote_scheduled(p_worker): job 1 the reference rows or a worker''s partition, job k a worker''s) and then rebuilds the dates that marked (curated.refresh_dirty_dates()), each committed on its own, and looks again every pipeline.drain_poll_seconds; a fetched change reaches curated within about that poll plus the work. With 0 seconds it does nothing (the minute jobs alone promote and refresh). A failed step is logged as a warning and tried again on the next pass. Both steps keep their own switches (pipeline.auto_promotion, pipeline.curated_enabled), locks and lock-wait bounds. CALL it outside a transaction block.';
REVOKE ALL ON PROCEDURE pipeline.drain(numeric, int) FROM PUBLIC;

RESET ROLE;
-- The job runs as the deploying superuser; the functions it calls run as mlb_owner.
DO $$ BEGIN PERFORM cron.schedule('mlb-pipeline-drain', '* * * * *', 'CALL pipeline.drain()'); END $$;

COMMIT;
