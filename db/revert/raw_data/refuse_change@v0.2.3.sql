-- Revert mlb:raw_data/refuse_change from the rework: the v0.2.0 version again
BEGIN;
SET LOCAL ROLE mlb_owner;

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
COMMENT ON FUNCTION raw_data.refuse_change() IS 'Trigger function that refuses UPDATE, DELETE and TRUNCATE on raw tables and the collection log; only pipeline.apply_raw_retention() may delete.';

COMMIT;
