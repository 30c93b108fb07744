-- Deploy mlb:pipeline/bound_lock_waits
-- Every pipeline job bounds its lock waits (issue 29): a promotion or rebuild that
-- would wait on a lock (a table, a game's row, an advisory lock) longer than
-- pipeline.lock_timeout_seconds fails with lock_not_available instead, its work rolled
-- back and its raw rows still queued, and the next run (a minute later) tries again.
-- Without a bound one session's open transaction could hold the pipeline, and every
-- reader queued behind the pipeline's wait, indefinitely.
BEGIN;
SET LOCAL ROLE mlb_owner;

INSERT INTO pipeline.settings (key, value, default_value, description, value_type, min_value, max_value)
VALUES ('pipeline.lock_timeout_seconds', '10', '10',
        'A pipeline job (the pg_cron jobs, mlb-agent promote and run) gives up a lock wait after this many seconds (lock_timeout) and the next run retries.',
        'integer', 1, 600)
ON CONFLICT (key) DO NOTHING;

CREATE OR REPLACE FUNCTION pipeline.bound_lock_waits(p_session boolean DEFAULT false) RETURNS text
LANGUAGE sql VOLATILE
SET search_path = pg_catalog, pipeline
RETURN set_config('lock_timeout',
                  coalesce((SELECT (s.value #>> '{}')::int FROM pipeline.settings s WHERE s.key = 'pipeline.lock_timeout_seconds'), 10) || 's',
                  NOT p_session);
COMMENT ON FUNCTION pipeline.bound_lock_waits(boolean) IS 'Sets lock_timeout to pipeline.lock_timeout_seconds (10 s unless set) and returns it, for the rest of the transaction (or of the session, p_session => true): the first step of every pipeline job (staging.promote_scheduled, curated.refresh_dirty_dates, curated.reconcile_recent_days, pipeline.housekeeping) and of the agent''s promote and rebuild connections, so a lock wait fails fast (SQLSTATE 55P03, lock_not_available) and the next run retries.';
REVOKE ALL ON FUNCTION pipeline.bound_lock_waits(boolean) FROM PUBLIC;

COMMIT;
