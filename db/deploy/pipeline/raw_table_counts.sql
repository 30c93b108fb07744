-- Deploy mlb:pipeline/raw_table_counts
-- Rows and newest fetch per raw table.
BEGIN;
SET LOCAL ROLE mlb_owner;

-- Rows and newest fetch of every raw payload table, for status reports; the
-- analyst may read it without rights on raw_data.
CREATE OR REPLACE FUNCTION pipeline.raw_table_counts()
RETURNS TABLE (source text, raw_table text, row_count bigint, newest_fetch timestamptz)
LANGUAGE plpgsql STABLE SECURITY DEFINER
SET search_path = pg_catalog, pipeline, raw_data
AS $$
DECLARE
  t raw_data.payload_tables;
BEGIN
  FOR t IN SELECT * FROM raw_data.payload_tables ORDER BY source, raw_table LOOP
    RETURN QUERY EXECUTE format('SELECT %L::text, %L::text, count(*), max(r.fetched_at) FROM raw_data.%I r',
                                t.source, t.raw_table, t.raw_table);
  END LOOP;
END
$$;
COMMENT ON FUNCTION pipeline.raw_table_counts() IS 'Each raw payload table of raw_data.payload_tables with its source, row count and newest fetch time (SELECT * FROM pipeline.raw_table_counts()).';
GRANT EXECUTE ON FUNCTION pipeline.raw_table_counts() TO mlb_analyst;

COMMIT;
