-- Deploy mlb:raw_data/stated_splits
-- Splits a raw table states, through its parser.
BEGIN;
SET LOCAL ROLE mlb_owner;

-- Dispatch to the splits parser raw_data.payload_tables names for a raw table.
CREATE FUNCTION raw_data.stated_splits(p_raw_table text, p_ids bigint[] DEFAULT NULL) RETURNS SETOF raw_data.stated_split
LANGUAGE plpgsql STABLE
SET search_path = pg_catalog, raw_data
AS $$
DECLARE
  v_parser text := (SELECT format('%I.%I', n.nspname, p.proname)
                      FROM raw_data.payload_tables t
                      JOIN pg_proc p ON p.oid = t.splits_parser
                      JOIN pg_namespace n ON n.oid = p.pronamespace
                     WHERE t.raw_table = p_raw_table);
BEGIN
  IF v_parser IS NULL THEN
    RETURN;
  END IF;
  -- EXECUTE plans with the ids known: the raw rows are read by primary key and
  -- the SQL parser is inlined into the statement.
  RETURN QUERY EXECUTE format(
    'SELECT x.* FROM raw_data.%I r CROSS JOIN LATERAL %s(ROW(%L, r.id, r.request_key, r.fetched_at, r.http_status, r.payload)::raw_data.payload) x %s',
    p_raw_table, v_parser, p_raw_table, CASE WHEN p_ids IS NOT NULL THEN 'WHERE r.id = ANY ($1)' ELSE '' END)
  USING p_ids;
END
$$;
COMMENT ON FUNCTION raw_data.stated_splits(text, bigint[]) IS 'What the payloads of one raw table state (raw_data.stated_split rows), through the splits_parser raw_data.payload_tables names for it; only the given raw ids when p_ids is not NULL. Nothing when the table has no such parser.';

COMMIT;
