-- Deploy mlb:pipeline/audit
-- Views and functions an operator reads in psql, housekeeping and the raw
-- retention function (off unless called).
BEGIN;
SET LOCAL ROLE mlb_owner;

CREATE VIEW pipeline.recent_collection_attempts AS
SELECT l.id, l.source, l.endpoint, l.request_key, l.mode, l.started_at,
       round(extract(epoch FROM l.finished_at - l.started_at) * 1000) AS duration_ms,
       l.http_status, l.outcome, l.retry_count, l.body_bytes, l.raw_table, l.raw_id, l.error_text, l.url
  FROM raw_data.collection_log l
 WHERE l.started_at > now() - interval '7 days'
 ORDER BY l.started_at DESC;
COMMENT ON VIEW pipeline.recent_collection_attempts IS 'Collection attempts of the last 7 days, newest first, with duration and outcome.';

CREATE VIEW pipeline.collection_failures AS
SELECT * FROM pipeline.recent_collection_attempts
 WHERE outcome IN ('http_error', 'timeout', 'network_error', 'invalid_payload');
COMMENT ON VIEW pipeline.collection_failures IS 'Failed collection attempts of the last 7 days with their errors.';

DO $$
DECLARE
  v text;
  c record;
BEGIN
  FOREACH v IN ARRAY ARRAY['recent_collection_attempts', 'collection_failures'] LOOP
    FOR c IN SELECT a.attname FROM pg_attribute a WHERE a.attrelid = format('pipeline.%I', v)::regclass AND a.attnum > 0 LOOP
      EXECUTE format('COMMENT ON COLUMN pipeline.%I.%I IS %L', v, c.attname,
        CASE c.attname WHEN 'duration_ms' THEN 'Milliseconds from start to finish, retries included.'
          ELSE coalesce(col_description('raw_data.collection_log'::regclass,
                 (SELECT attnum FROM pg_attribute WHERE attrelid = 'raw_data.collection_log'::regclass AND attname = c.attname)),
                 c.attname) END);
    END LOOP;
  END LOOP;
END
$$;

CREATE VIEW pipeline.run_history AS
SELECT r.id, r.zone, r.kind, r.target_date, r.status, r.started_at, r.finished_at,
       round(extract(epoch FROM r.finished_at - r.started_at)::numeric, 3) AS duration_seconds,
       r.rows_in, r.rows_out, r.rows_rejected, r.detail->>'reason' AS skip_reason, r.error_text
  FROM pipeline.runs r ORDER BY r.id DESC;
COMMENT ON VIEW pipeline.run_history IS 'Promotion and rebuild runs, newest first, with durations and row counts.';
COMMENT ON COLUMN pipeline.run_history.id IS 'Run id.';
COMMENT ON COLUMN pipeline.run_history.zone IS 'staging or curated.';
COMMENT ON COLUMN pipeline.run_history.kind IS 'promote or rebuild.';
COMMENT ON COLUMN pipeline.run_history.target_date IS 'Date rebuilt, if one.';
COMMENT ON COLUMN pipeline.run_history.status IS 'running, succeeded, failed or skipped.';
COMMENT ON COLUMN pipeline.run_history.started_at IS 'Start.';
COMMENT ON COLUMN pipeline.run_history.finished_at IS 'End.';
COMMENT ON COLUMN pipeline.run_history.duration_seconds IS 'Seconds it took.';
COMMENT ON COLUMN pipeline.run_history.rows_in IS 'Rows read.';
COMMENT ON COLUMN pipeline.run_history.rows_out IS 'Rows written.';
COMMENT ON COLUMN pipeline.run_history.rows_rejected IS 'Rows quarantined.';
COMMENT ON COLUMN pipeline.run_history.skip_reason IS 'Why a run was skipped.';
COMMENT ON COLUMN pipeline.run_history.error_text IS 'Why a run failed.';

CREATE VIEW pipeline.backlog AS
SELECT 'staging'::text AS zone, count(*) AS waiting, min(queued_at) AS oldest_waiting_since,
       pipeline.setting_enabled('pipeline.staging_enabled') AS zone_enabled
  FROM pipeline.promotion_queue
UNION ALL
SELECT 'curated', count(*), min(marked_at), pipeline.setting_enabled('pipeline.curated_enabled')
  FROM pipeline.dirty_dates;
COMMENT ON VIEW pipeline.backlog IS 'Work waiting per zone: raw rows queued for staging, New York dates waiting for a curated rebuild, and whether the zone is enabled.';
COMMENT ON COLUMN pipeline.backlog.zone IS 'staging or curated.';
COMMENT ON COLUMN pipeline.backlog.waiting IS 'Raw rows (staging) or dates (curated) waiting.';
COMMENT ON COLUMN pipeline.backlog.oldest_waiting_since IS 'When the oldest waiting item was queued.';
COMMENT ON COLUMN pipeline.backlog.zone_enabled IS 'False when the zone is switched off in pipeline.settings: nothing is promoted.';

CREATE FUNCTION pipeline.lineage(p_game_id bigint)
RETURNS TABLE (zone text, object text, row_key text, source text, raw_table text, raw_id bigint,
               collection_log_id bigint, fetched_at timestamptz, pipeline_run_id bigint)
LANGUAGE sql STABLE SECURITY DEFINER
SET search_path = pg_catalog, pipeline
AS $$
  WITH staged AS (
    SELECT 'staging'::text AS zone, 'staging.games' AS object, g.game_id::text AS row_key, g.status_source AS source,
           g.raw_table, g.raw_id, g.pipeline_run_id FROM staging.games g WHERE g.game_id = p_game_id
    UNION ALL
    SELECT 'staging', 'staging.game_source_ids', m.source || ':' || m.source_game_id, m.source, m.raw_table, m.raw_id, m.pipeline_run_id
      FROM staging.game_source_ids m WHERE m.game_id = p_game_id
    UNION ALL
    SELECT 'staging', 'staging.betting_lines', 'raw rows of ' || count(*) || ' observations', min(l.source), l.raw_table, l.raw_id, max(l.pipeline_run_id)
      FROM staging.betting_lines l WHERE l.game_id = p_game_id GROUP BY l.raw_table, l.raw_id
    UNION ALL
    SELECT 'staging', 'staging.betting_splits', 'raw rows of ' || count(*) || ' splits', min(s.source), s.raw_table, s.raw_id, max(s.pipeline_run_id)
      FROM staging.betting_splits s WHERE s.game_id = p_game_id GROUP BY s.raw_table, s.raw_id
  )
  SELECT 'curated', 'curated.enhanced_games', e.game_id::text, NULL::text, e.raw_table, e.raw_id, NULL::bigint, NULL::timestamptz, e.pipeline_run_id
    FROM curated.enhanced_games e WHERE e.game_id = p_game_id
  UNION ALL
  SELECT 'curated', 'curated.strategy_results', r.strategy_key || ':' || r.market || ':' || r.side, NULL, NULL, NULL::bigint, NULL, NULL, r.pipeline_run_id
    FROM curated.strategy_results r WHERE r.game_id = p_game_id
  UNION ALL
  SELECT s.zone, s.object, s.row_key, s.source, s.raw_table, s.raw_id, p.collection_log_id, p.fetched_at, s.pipeline_run_id
    FROM staged s
    LEFT JOIN LATERAL (
      SELECT x.collection_log_id, x.fetched_at FROM (
        SELECT collection_log_id, fetched_at FROM raw_data.action_network_games WHERE s.raw_table = 'action_network_games' AND id = s.raw_id
        UNION ALL SELECT collection_log_id, fetched_at FROM raw_data.action_network_odds WHERE s.raw_table = 'action_network_odds' AND id = s.raw_id
        UNION ALL SELECT collection_log_id, fetched_at FROM raw_data.sbd_betting_splits WHERE s.raw_table = 'sbd_betting_splits' AND id = s.raw_id
        UNION ALL SELECT collection_log_id, fetched_at FROM raw_data.vsin_data WHERE s.raw_table = 'vsin_data' AND id = s.raw_id
        UNION ALL SELECT collection_log_id, fetched_at FROM raw_data.mlb_stats_api WHERE s.raw_table = 'mlb_stats_api' AND id = s.raw_id
        UNION ALL SELECT collection_log_id, fetched_at FROM raw_data.odds_api_responses WHERE s.raw_table = 'odds_api_responses' AND id = s.raw_id
        UNION ALL SELECT collection_log_id, fetched_at FROM raw_data.sbro_odds WHERE s.raw_table = 'sbro_odds' AND id = s.raw_id
      ) x
    ) p ON true
  ORDER BY 1, 2, 3
$$;
COMMENT ON FUNCTION pipeline.lineage(bigint) IS 'The chain behind a game''s curated rows: the curated rows and their runs, the staging rows, and the raw rows and collection attempts they came from (SELECT * FROM pipeline.lineage(42)).';

CREATE TABLE pipeline.retention_log (
  id bigint GENERATED ALWAYS AS IDENTITY PRIMARY KEY,
  ran_at timestamptz NOT NULL DEFAULT clock_timestamp(),
  raw_table text NOT NULL,
  older_than timestamptz NOT NULL,
  rows_deleted bigint NOT NULL,
  dry_run boolean NOT NULL,
  requested_by text NOT NULL DEFAULT session_user
);
COMMENT ON TABLE pipeline.retention_log IS 'Every call of pipeline.apply_raw_retention(): what was (or, in a dry run, would be) deleted, when and by whom.';
COMMENT ON COLUMN pipeline.retention_log.id IS 'Entry id.';
COMMENT ON COLUMN pipeline.retention_log.ran_at IS 'When it ran.';
COMMENT ON COLUMN pipeline.retention_log.raw_table IS 'Raw table trimmed.';
COMMENT ON COLUMN pipeline.retention_log.older_than IS 'Rows fetched before this were deleted.';
COMMENT ON COLUMN pipeline.retention_log.rows_deleted IS 'Rows deleted (or that would be, in a dry run).';
COMMENT ON COLUMN pipeline.retention_log.dry_run IS 'True when nothing was deleted.';
COMMENT ON COLUMN pipeline.retention_log.requested_by IS 'Session user who called it.';

INSERT INTO pipeline.settings (key, value, default_value, description) VALUES
  ('housekeeping.keep_days', '30', '30', 'Days of cron.job_run_details and unreferenced pipeline runs kept by the daily housekeeping job.');

-- Raw rows are kept forever unless this is called: a deliberate, logged act.
CREATE FUNCTION pipeline.apply_raw_retention(keep interval, dry_run boolean DEFAULT true)
RETURNS TABLE (raw_table text, rows_deleted bigint)
LANGUAGE plpgsql SECURITY DEFINER
SET search_path = pg_catalog, pipeline
AS $$
DECLARE
  t text;
  n bigint;
BEGIN
  IF keep < interval '1 day' THEN
    RAISE EXCEPTION 'refusing to keep less than one day of raw payloads (asked: %)', keep;
  END IF;
  FOREACH t IN ARRAY ARRAY['action_network_games', 'action_network_odds', 'action_network_books', 'sbd_betting_splits',
                           'vsin_data', 'mlb_stats_api', 'odds_api_responses', 'sbro_odds'] LOOP
    IF dry_run THEN
      EXECUTE format('SELECT count(*) FROM raw_data.%I WHERE fetched_at < $1', t) INTO n USING now() - keep;
    ELSE
      PERFORM set_config('mlb.raw_retention', 'on', true);
      EXECUTE format('DELETE FROM raw_data.%I WHERE fetched_at < $1', t) USING now() - keep;
      GET DIAGNOSTICS n = ROW_COUNT;
      PERFORM set_config('mlb.raw_retention', 'off', true);
    END IF;
    INSERT INTO pipeline.retention_log (raw_table, older_than, rows_deleted, dry_run) VALUES (t, now() - keep, n, dry_run);
    raw_table := t;
    rows_deleted := n;
    RETURN NEXT;
  END LOOP;
END
$$;
COMMENT ON FUNCTION pipeline.apply_raw_retention(interval, boolean) IS 'Deletes raw payloads fetched more than keep ago, logging each table in pipeline.retention_log. A dry run (the default) only counts. Nothing calls it on a schedule: raw is kept forever unless you choose otherwise. Staging rows keep their raw ids (the lineage then ends at the log).';

RESET ROLE;
-- The append-only trigger yields only to the retention function's flag.
CREATE OR REPLACE FUNCTION raw_data.refuse_change() RETURNS trigger
LANGUAGE plpgsql AS $$
BEGIN
  IF TG_OP = 'DELETE' AND current_setting('mlb.raw_retention', true) = 'on' THEN
    RETURN OLD;
  END IF;
  RAISE EXCEPTION 'raw_data.% is append-only: % refused', TG_TABLE_NAME, TG_OP
    USING ERRCODE = 'insufficient_privilege',
          HINT = 'Raw payloads are kept exactly as fetched; retention is pipeline.apply_raw_retention().';
END
$$;
ALTER FUNCTION raw_data.refuse_change() OWNER TO mlb_owner;
COMMENT ON FUNCTION raw_data.refuse_change() IS 'Trigger function that refuses UPDATE, DELETE and TRUNCATE on raw tables and the collection log; only pipeline.apply_raw_retention() may delete.';

-- These read pg_cron's own tables, which only a superuser sees in full, so they
-- belong to the deploying superuser; search_path is pinned.
CREATE FUNCTION pipeline.cron_jobs()
RETURNS TABLE (jobname text, schedule text, active boolean, command text, last_start timestamptz, last_end timestamptz,
               last_status text, last_message text, failures_24h bigint)
LANGUAGE sql STABLE SECURITY DEFINER
SET search_path = pg_catalog, cron
AS $$
  SELECT j.jobname, j.schedule, j.active, j.command, d.start_time, d.end_time, d.status, d.return_message,
         (SELECT count(*) FROM cron.job_run_details f WHERE f.jobid = j.jobid AND f.status = 'failed'
             AND f.start_time > now() - interval '24 hours')
    FROM cron.job j
    LEFT JOIN LATERAL (SELECT * FROM cron.job_run_details r WHERE r.jobid = j.jobid ORDER BY r.start_time DESC LIMIT 1) d ON true
   WHERE j.jobname LIKE 'mlb-%'
   ORDER BY j.jobname
$$;
COMMENT ON FUNCTION pipeline.cron_jobs() IS 'The project''s pg_cron jobs with their last run (start, end, status, message) and failures in the last 24 hours, from cron.job_run_details.';

CREATE FUNCTION pipeline.housekeeping() RETURNS TABLE (cleaned text, rows_deleted bigint)
LANGUAGE plpgsql SECURITY DEFINER
SET search_path = pg_catalog, pipeline, cron
AS $$
DECLARE
  v_keep interval := make_interval(days => coalesce(pipeline.setting_numeric('housekeeping.keep_days'), 30)::int);
  n bigint;
BEGIN
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
COMMENT ON FUNCTION pipeline.housekeeping() IS 'Daily job mlb-housekeeping: trims cron.job_run_details and pipeline runs that wrote nothing, older than housekeeping.keep_days (30). Raw payloads are never touched here.';

SELECT cron.schedule('mlb-housekeeping', '0 10 * * *', 'SELECT * FROM pipeline.housekeeping()');

GRANT SELECT ON pipeline.recent_collection_attempts, pipeline.collection_failures, pipeline.run_history, pipeline.backlog,
                pipeline.retention_log TO mlb_analyst;
GRANT EXECUTE ON FUNCTION pipeline.cron_jobs(), pipeline.lineage(bigint) TO mlb_analyst;
REVOKE EXECUTE ON FUNCTION pipeline.cron_jobs(), pipeline.housekeeping() FROM PUBLIC;
GRANT EXECUTE ON FUNCTION pipeline.cron_jobs() TO mlb_analyst;

COMMIT;
