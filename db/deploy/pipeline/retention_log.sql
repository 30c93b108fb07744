-- Deploy mlb:pipeline/retention_log (reworked after v0.2.0)
-- An entry names the transaction it was written in: the append-only trigger lets
-- a delete through only when that transaction logged it. And rows kept are counted.
BEGIN;
SET LOCAL ROLE mlb_owner;

ALTER TABLE pipeline.retention_log
  ADD COLUMN rows_kept bigint NOT NULL DEFAULT 0,
  ADD COLUMN xact_id xid8 NOT NULL DEFAULT pg_current_xact_id();
COMMENT ON COLUMN pipeline.retention_log.rows_kept IS 'Old rows kept because staging still derives from them (pipeline.raw_row_in_use).';
COMMENT ON COLUMN pipeline.retention_log.xact_id IS 'The transaction that wrote the entry: raw_data.refuse_change() allows deletes from that table in that transaction only.';

COMMIT;
