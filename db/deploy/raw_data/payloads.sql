-- Deploy mlb:raw_data/payloads
-- Raw payloads of every listed table in one shape.
BEGIN;
SET LOCAL ROLE mlb_owner;

-- Every raw payload of every listed table in one shape, for audits, rebuilds
-- and tests; optionally one table, or the rows of one request key.
CREATE FUNCTION raw_data.payloads(p_raw_table text DEFAULT NULL, p_request_key text DEFAULT NULL)
RETURNS SETOF raw_data.payload
LANGUAGE plpgsql STABLE
SET search_path = pg_catalog, raw_data
AS $$
DECLARE
  t text;
BEGIN
  FOR t IN SELECT pt.raw_table FROM raw_data.payload_tables pt
            WHERE p_raw_table IS NULL OR pt.raw_table = p_raw_table ORDER BY pt.raw_table LOOP
    RETURN QUERY EXECUTE format(
      'SELECT %L::text, r.id, r.request_key, r.fetched_at, r.http_status, r.payload FROM raw_data.%I r %s',
      t, t, CASE WHEN p_request_key IS NOT NULL THEN 'WHERE r.request_key = $1' ELSE '' END)
    USING p_request_key;
  END LOOP;
END
$$;
COMMENT ON FUNCTION raw_data.payloads(text, text) IS 'Raw payload rows of every table in raw_data.payload_tables (or only p_raw_table), as raw_data.payload; only those of one request key when p_request_key is given (read through the request-key index).';

COMMIT;
