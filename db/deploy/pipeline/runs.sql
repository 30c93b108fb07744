-- Deploy mlb:pipeline/runs
-- Promotion and rebuild runs.
BEGIN;
SET LOCAL ROLE mlb_owner;

CREATE TABLE pipeline.runs (
  id bigint GENERATED ALWAYS AS IDENTITY PRIMARY KEY,
  zone text NOT NULL CHECK (zone IN ('staging', 'curated')),
  kind text NOT NULL CHECK (kind IN ('promote', 'rebuild')),
  target_date date,
  started_at timestamptz NOT NULL DEFAULT clock_timestamp(),
  finished_at timestamptz,
  status text NOT NULL DEFAULT 'running' CONSTRAINT runs_status_check CHECK (status IN ('running', 'succeeded', 'degraded', 'failed', 'skipped')),
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
COMMENT ON COLUMN pipeline.runs.status IS 'running, succeeded, degraded (done, but payloads that could not be promoted were quarantined whole: promotion_error in staging.validation_results; error_text has the first error), failed (nothing written, error_text says why; the queue is kept) or skipped (another run held the lock, or the zone is disabled).';
COMMENT ON COLUMN pipeline.runs.rows_in IS 'Raw rows taken from the queue.';
COMMENT ON COLUMN pipeline.runs.rows_out IS 'Rows written to the zone.';
COMMENT ON COLUMN pipeline.runs.rows_rejected IS 'Rows quarantined in validation_results with severity reject.';
COMMENT ON COLUMN pipeline.runs.detail IS 'Counts per table and source, as JSON.';
COMMENT ON COLUMN pipeline.runs.error_text IS 'The error of a failed run.';
GRANT SELECT ON pipeline.runs TO mlb_analyst;

COMMIT;
