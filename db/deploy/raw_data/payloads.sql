-- Deploy mlb:raw_data/payloads
-- Raw payloads of every listed table in one shape.
BEGIN;
SET LOCAL ROLE mlb_owner;

-- Every raw payload of every listed table in one shape, for audits and tests;
-- optionally one table.
CREATE OR REPLACE FUNCTION raw_data.payloads(p_raw_table text DEFAULT NULL)
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
      'SELECT %L::text, r.id, r.request_key, r.fetched_at, r.http_status, r.payload FROM raw_data.%I r', t, t);
  END LOOP;
END
$$;
COMMENT ON FUNCTION raw_data.payloads(text) IS 'Raw payload rows of every table in raw_data.payload_tables (or only p_raw_table), as raw_data.payload. Reads every payload: for audits and tests, not for promotion.';

COMMIT;
