-- Deploy mlb:raw_data/payload_origin
-- Collection attempt and fetch time of a raw row.
BEGIN;
SET LOCAL ROLE mlb_owner;

-- Where one raw row came from, whatever its table.
CREATE OR REPLACE FUNCTION raw_data.payload_origin(p_raw_table text, p_raw_id bigint)
RETURNS TABLE (collection_log_id bigint, fetched_at timestamptz)
LANGUAGE plpgsql STABLE
SET search_path = pg_catalog, raw_data
AS $$
BEGIN
  IF EXISTS (SELECT 1 FROM raw_data.payload_tables t WHERE t.raw_table = p_raw_table) THEN
    RETURN QUERY EXECUTE format('SELECT r.collection_log_id, r.fetched_at FROM raw_data.%I r WHERE r.id = $1', p_raw_table)
      USING p_raw_id;
  END IF;
END
$$;
COMMENT ON FUNCTION raw_data.payload_origin(text, bigint) IS 'The collection attempt and fetch time of one raw row of any table in raw_data.payload_tables; nothing for an unknown table or a row retention removed.';

COMMIT;
