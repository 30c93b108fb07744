-- Deploy mlb:raw_data/refuse_change (reworked after v0.2.0)
-- Only a retention the same transaction logged may delete raw rows: a session
-- setting any owner could set no longer opens the door.
BEGIN;
SET LOCAL ROLE mlb_owner;

CREATE OR REPLACE FUNCTION raw_data.refuse_change() RETURNS trigger
LANGUAGE plpgsql AS $$
BEGIN
  -- The retention function names the log entry it wrote in this transaction, for
  -- the one DELETE it runs; the setting alone opens nothing.
  IF TG_OP = 'DELETE' AND EXISTS (SELECT 1 FROM pipeline.retention_log l
                                   WHERE l.id::text = current_setting('mlb.raw_retention_entry', true)
                                     AND l.raw_table = TG_TABLE_NAME AND NOT l.dry_run
                                     AND l.xact_id = pg_current_xact_id()) THEN
    RETURN OLD;
  END IF;
  RAISE EXCEPTION 'raw_data.% is append-only: % refused', TG_TABLE_NAME, TG_OP
    USING ERRCODE = 'insufficient_privilege',
          HINT = 'Raw payloads are kept exactly as fetched; retention is pipeline.apply_raw_retention(), which logs before it deletes.';
END
$$;
COMMENT ON FUNCTION raw_data.refuse_change() IS 'Trigger function that refuses UPDATE, DELETE and TRUNCATE on raw tables and the collection log; a DELETE passes only while pipeline.apply_raw_retention() runs it: the session setting mlb.raw_retention_entry must name a (non dry-run) pipeline.retention_log entry for that table written in the same transaction.';

COMMIT;
