-- Deploy mlb:pipeline/raw_rows
-- Every raw row of every payload table, without its payload: the list audits start from.
-- It runs with its owner's rights (issue 31): the analyst's pipeline.raw_row_accounting was
-- refused (permission denied for schema raw_data).
BEGIN;
SET LOCAL ROLE mlb_owner;

CREATE OR REPLACE FUNCTION pipeline.raw_rows()
RETURNS TABLE (source text, raw_table text, raw_id bigint, request_key text, fetched_at timestamptz)
LANGUAGE plpgsql STABLE SECURITY DEFINER
SET search_path = pg_catalog, raw_data
AS $$
DECLARE
  t raw_data.payload_tables;
BEGIN
  FOR t IN SELECT * FROM raw_data.payload_tables ORDER BY raw_table LOOP
    RETURN QUERY EXECUTE format('SELECT %L::text, %L::text, r.id, r.request_key, r.fetched_at FROM raw_data.%I r',
                                t.source, t.raw_table, t.raw_table);
  END LOOP;
END
$$;
COMMENT ON FUNCTION pipeline.raw_rows() IS 'Every raw row of every table in raw_data.payload_tables (source, table, id, request key, fetch time), without reading its payload. Runs with its owner''s rights: the analyst audits the raw rows (pipeline.raw_row_accounting) without reading the raw zone.';
GRANT EXECUTE ON FUNCTION pipeline.raw_rows() TO mlb_analyst;

COMMIT;
