-- Deploy mlb:pipeline/retention_log
-- Raw retention calls.
BEGIN;
SET LOCAL ROLE mlb_owner;

CREATE TABLE pipeline.retention_log (
  id bigint GENERATED ALWAYS AS IDENTITY PRIMARY KEY,
  ran_at timestamptz NOT NULL DEFAULT clock_timestamp(),
  raw_table text NOT NULL,
  older_than timestamptz NOT NULL,
  rows_deleted bigint NOT NULL,
  dry_run boolean NOT NULL,
  requested_by text NOT NULL DEFAULT session_user,
  rows_kept bigint NOT NULL DEFAULT 0,
  xact_id xid8 NOT NULL DEFAULT pg_current_xact_id()
);
COMMENT ON TABLE pipeline.retention_log IS 'Every call of pipeline.apply_raw_retention(): what was (or, in a dry run, would be) deleted, when and by whom.';
COMMENT ON COLUMN pipeline.retention_log.id IS 'Entry id.';
COMMENT ON COLUMN pipeline.retention_log.ran_at IS 'When it ran.';
COMMENT ON COLUMN pipeline.retention_log.raw_table IS 'Raw table trimmed.';
COMMENT ON COLUMN pipeline.retention_log.older_than IS 'Rows fetched before this were deleted.';
COMMENT ON COLUMN pipeline.retention_log.rows_deleted IS 'Rows deleted (or that would be, in a dry run).';
COMMENT ON COLUMN pipeline.retention_log.dry_run IS 'True when nothing was deleted.';
COMMENT ON COLUMN pipeline.retention_log.requested_by IS 'Session user who called it.';
COMMENT ON COLUMN pipeline.retention_log.rows_kept IS 'Old rows kept because staging still derives from them (pipeline.raw_row_in_use).';
COMMENT ON COLUMN pipeline.retention_log.xact_id IS 'The transaction that wrote the entry: raw_data.refuse_change() allows deletes from that table in that transaction only.';
GRANT SELECT ON pipeline.retention_log TO mlb_analyst;

COMMIT;
