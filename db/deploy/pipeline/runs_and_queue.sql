-- Deploy mlb:pipeline/runs_and_queue
-- The record of every promotion run, and the queue raw inserts feed.
BEGIN;
SET LOCAL ROLE mlb_owner;

CREATE TABLE pipeline.runs (
  id bigint GENERATED ALWAYS AS IDENTITY PRIMARY KEY,
  zone text NOT NULL CHECK (zone IN ('staging', 'curated')),
  kind text NOT NULL CHECK (kind IN ('promote', 'rebuild')),
  target_date date,
  started_at timestamptz NOT NULL DEFAULT clock_timestamp(),
  finished_at timestamptz,
  status text NOT NULL DEFAULT 'running' CHECK (status IN ('running', 'succeeded', 'failed', 'skipped')),
  rows_in int NOT NULL DEFAULT 0,
  rows_out int NOT NULL DEFAULT 0,
  rows_rejected int NOT NULL DEFAULT 0,
  detail jsonb NOT NULL DEFAULT '{}',
  error_text text
);
CREATE INDEX runs_started_idx ON pipeline.runs (started_at DESC);
COMMENT ON TABLE pipeline.runs IS 'One row per promotion or rebuild run: when, what it read and wrote, and how it ended. Staging and curated rows carry the id of the run that wrote them.';
COMMENT ON COLUMN pipeline.runs.id IS 'Run id (lineage: pipeline_run_id on staging and curated rows).';
COMMENT ON COLUMN pipeline.runs.zone IS 'staging or curated.';
COMMENT ON COLUMN pipeline.runs.kind IS 'promote (drain the queue) or rebuild (re-derive one New York date).';
COMMENT ON COLUMN pipeline.runs.target_date IS 'The New York date a rebuild re-derived.';
COMMENT ON COLUMN pipeline.runs.started_at IS 'When the run began.';
COMMENT ON COLUMN pipeline.runs.finished_at IS 'When it ended; NULL while running (or if its session died).';
COMMENT ON COLUMN pipeline.runs.status IS 'running, succeeded, failed (error_text says why; the queue is kept) or skipped (another run held the lock, or the zone is disabled).';
COMMENT ON COLUMN pipeline.runs.rows_in IS 'Raw rows taken from the queue.';
COMMENT ON COLUMN pipeline.runs.rows_out IS 'Rows written to the zone.';
COMMENT ON COLUMN pipeline.runs.rows_rejected IS 'Rows quarantined in validation_results with severity reject.';
COMMENT ON COLUMN pipeline.runs.detail IS 'Counts per table and source, as JSON.';
COMMENT ON COLUMN pipeline.runs.error_text IS 'The error of a failed run.';

CREATE TABLE pipeline.promotion_queue (
  raw_table text NOT NULL,
  raw_id bigint NOT NULL,
  queued_at timestamptz NOT NULL DEFAULT clock_timestamp(),
  PRIMARY KEY (raw_table, raw_id)
);
COMMENT ON TABLE pipeline.promotion_queue IS 'Raw rows waiting for promotion to staging. Filled by statement triggers on the raw tables; drained by staging.promote().';
COMMENT ON COLUMN pipeline.promotion_queue.raw_table IS 'raw_data table of the waiting row.';
COMMENT ON COLUMN pipeline.promotion_queue.raw_id IS 'id of the waiting raw row.';
COMMENT ON COLUMN pipeline.promotion_queue.queued_at IS 'When it was queued.';

-- Runs as the owner so the agent's insert can queue without rights on the
-- queue; any error is swallowed so a raw insert never fails because of it.
CREATE FUNCTION pipeline.enqueue_new_raw_rows() RETURNS trigger
LANGUAGE plpgsql SECURITY DEFINER
SET search_path = pg_catalog, pipeline
AS $$
BEGIN
  INSERT INTO pipeline.promotion_queue (raw_table, raw_id)
  SELECT TG_TABLE_NAME, n.id FROM new_rows n
  ON CONFLICT DO NOTHING;
  RETURN NULL;
EXCEPTION WHEN others THEN
  RAISE WARNING 'could not queue new % rows for promotion: %', TG_TABLE_NAME, SQLERRM;
  RETURN NULL;
END
$$;
COMMENT ON FUNCTION pipeline.enqueue_new_raw_rows() IS 'Statement trigger on raw tables: queues the ids of inserted rows for promotion. Never fails the insert: an error becomes a warning (staging.rebuild recovers).';

DO $$
DECLARE
  t text;
BEGIN
  FOREACH t IN ARRAY ARRAY['action_network_games', 'action_network_odds', 'action_network_books',
                           'sbd_betting_splits', 'vsin_data', 'mlb_stats_api', 'odds_api_responses', 'sbro_odds'] LOOP
    EXECUTE format('CREATE TRIGGER enqueue_for_promotion AFTER INSERT ON raw_data.%I
                    REFERENCING NEW TABLE AS new_rows FOR EACH STATEMENT
                    EXECUTE FUNCTION pipeline.enqueue_new_raw_rows()', t);
  END LOOP;
END
$$;

-- Rows stored before this change are queued once.
INSERT INTO pipeline.promotion_queue (raw_table, raw_id)
SELECT 'action_network_books', id FROM raw_data.action_network_books UNION ALL
SELECT 'action_network_games', id FROM raw_data.action_network_games UNION ALL
SELECT 'action_network_odds', id FROM raw_data.action_network_odds UNION ALL
SELECT 'sbd_betting_splits', id FROM raw_data.sbd_betting_splits UNION ALL
SELECT 'vsin_data', id FROM raw_data.vsin_data UNION ALL
SELECT 'mlb_stats_api', id FROM raw_data.mlb_stats_api UNION ALL
SELECT 'odds_api_responses', id FROM raw_data.odds_api_responses UNION ALL
SELECT 'sbro_odds', id FROM raw_data.sbro_odds;

GRANT SELECT ON pipeline.runs TO mlb_analyst;

COMMIT;
