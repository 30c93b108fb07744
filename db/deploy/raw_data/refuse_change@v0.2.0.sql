-- Deploy mlb:raw_data/refuse_change
-- Append-only trigger function for raw tables and the log.
BEGIN;
SET LOCAL ROLE mlb_owner;

-- The append-only trigger yields only to the retention function's flag.
CREATE FUNCTION raw_data.refuse_change() RETURNS trigger
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
COMMENT ON FUNCTION raw_data.refuse_change() IS 'Trigger function that refuses UPDATE, DELETE and TRUNCATE on raw tables and the collection log; only pipeline.apply_raw_retention() may delete.';

-- Raw payload tables get these triggers from raw_data.create_payload_table().
CREATE TRIGGER refuse_update_delete BEFORE UPDATE OR DELETE ON raw_data.collection_log
  FOR EACH ROW EXECUTE FUNCTION raw_data.refuse_change();
CREATE TRIGGER refuse_truncate BEFORE TRUNCATE ON raw_data.collection_log
  FOR EACH STATEMENT EXECUTE FUNCTION raw_data.refuse_change();

COMMIT;
