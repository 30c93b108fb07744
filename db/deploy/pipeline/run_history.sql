-- Deploy mlb:pipeline/run_history
-- Runs, newest first.
BEGIN;
SET LOCAL ROLE mlb_owner;

CREATE OR REPLACE VIEW pipeline.run_history AS
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
GRANT SELECT ON pipeline.run_history TO mlb_analyst;

COMMIT;
