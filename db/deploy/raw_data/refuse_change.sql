-- Deploy mlb:raw_data/refuse_change
-- Append-only trigger function for raw tables and the log.
BEGIN;
SET LOCAL ROLE mlb_owner;

-- The append-only trigger yields only to the retention function's flag.
CREATE OR REPLACE FUNCTION raw_data.refuse_change() RETURNS trigger
LANGUAGE plpgsql AS $$
DECLARE
  -- The raw table: the parent of a season's partition, else the table itself (the collection log).
  v_table text := coalesce((SELECT p.relname FROM pg_catalog.pg_inherits i JOIN pg_catalog.pg_class p ON p.oid = i.inhparent
                             WHERE i.inhrelid = TG_RELID), TG_TABLE_NAME);
BEGIN
  -- The retention function names the log entry it wrote in this transaction, for
  -- the one DELETE it runs; the setting alone opens nothing.
  IF TG_OP = 'DELETE' AND EXISTS (SELECT 1 FROM pipeline.retention_log l
                                   WHERE l.id::text = current_setting('mlb.raw_retention_entry', true)
                                     AND l.raw_table = v_table AND NOT l.dry_run
                                     AND l.xact_id = pg_current_xact_id()) THEN
    RETURN OLD;
  END IF;
  RAISE EXCEPTION 'raw_data.% is append-only: % refused', v_table, TG_OP
    USING ERRCODE = 'insufficient_privilege',
          HINT = 'Raw payloads are kept exactly as fetched; retention is pipeline.apply_raw_retention(), which logs before it deletes.';
END
$$;
COMMENT ON FUNCTION raw_data.refuse_change() IS 'Trigger function that refuses UPDATE, DELETE and TRUNCATE on raw tables (and their season partitions) and the collection log; a DELETE passes only while pipeline.apply_raw_retention() runs it: the session setting mlb.raw_retention_entry must name a (non dry-run) pipeline.retention_log entry for that raw table (the partitioned table, for a row of one of its seasons) written in the same transaction.';
-- Raw payload tables get these triggers from raw_data.create_payload_table().
CREATE TRIGGER refuse_update_delete BEFORE UPDATE OR DELETE ON raw_data.collection_log
  FOR EACH ROW EXECUTE FUNCTION raw_data.refuse_change();
CREATE TRIGGER refuse_truncate BEFORE TRUNCATE ON raw_data.collection_log
  FOR EACH STATEMENT EXECUTE FUNCTION raw_data.refuse_change();

COMMIT;
