-- Deploy mlb:staging/promote/payloads (reworked after v0.3.0)
-- Each good row also carries the price format its request asked for (issue 29): the value
-- of its table's price_format_param in its request_params (The Odds API: oddsFormat).
-- Its elements are the items of its table's elements_path where the table has one (a VSIN
-- page: its game rows), so a page of an empty board is empty, not payload_unread.
-- Promotion step: payload shape checks.
BEGIN;
SET LOCAL ROLE mlb_owner;

CREATE OR REPLACE FUNCTION staging.promote_payloads(p_run_id bigint) RETURNS void
LANGUAGE plpgsql
SET search_path = pg_catalog, staging, pipeline, raw_data
AS $$
DECLARE
  t raw_data.payload_tables;
BEGIN
  DROP TABLE IF EXISTS payload_checks;
  CREATE TEMP TABLE payload_checks (raw_table text, raw_id bigint, source text, http_status int, request_key text,
                                    fetched_at timestamptz, expected text, problem text, elements int,
                                    price_format text) ON COMMIT DROP;
  -- Where each raw table's rows are (rows_key NULL: the payload itself) and what they must be.
  FOR t IN SELECT pt.* FROM raw_data.payload_tables pt
            WHERE pt.raw_table IN (SELECT DISTINCT b.raw_table FROM promotion_batch b) ORDER BY pt.raw_table LOOP
    EXECUTE format($q$
      INSERT INTO payload_checks
      SELECT %1$L, r.id, %2$L, r.http_status, r.request_key, r.fetched_at, %3$L,
             CASE WHEN r.http_status NOT BETWEEN 200 AND 299 THEN 'payload_http_error'
                  WHEN r.payload IS NULL THEN 'payload_not_json'
                  WHEN NOT coalesce(CASE WHEN jsonb_typeof(c.rows) IS DISTINCT FROM %4$L THEN false
                                         WHEN %5$L THEN jsonb_array_length(c.rows) > 0
                                         ELSE true END, false)
                    THEN 'unexpected_payload_shape' END,
             %8$s,
             %7$s
        FROM raw_data.%1$I r
       CROSS JOIN LATERAL (SELECT %6$s AS rows) c
       WHERE r.id = ANY ($1)$q$,
      t.raw_table, t.source, t.expected, t.rows_type, t.needs_rows,
      CASE WHEN t.rows_key IS NULL THEN 'r.payload' ELSE format('r.payload->%L', t.rows_key) END,
      CASE WHEN t.price_format_param IS NULL THEN 'NULL::text'
           ELSE format('lower(btrim(r.request_params->>%L))', t.price_format_param) END,
      -- The elements: the items of the table's elements_path where it has one, else the container's entries.
      CASE WHEN t.elements_path IS NOT NULL
           THEN format('jsonb_array_length(jsonb_path_query_array(r.payload, %L))', t.elements_path)
           ELSE $e$CASE jsonb_typeof(c.rows) WHEN 'array' THEN jsonb_array_length(c.rows)
                    WHEN 'object' THEN (SELECT count(*) FROM jsonb_object_keys(c.rows))::int END$e$ END)
    USING ARRAY(SELECT b.raw_id FROM promotion_batch b WHERE b.raw_table = t.raw_table);
  END LOOP;

  INSERT INTO validation_results (pipeline_run_id, rule, severity, entity, source, raw_table, raw_id, record_ref, details)
  SELECT p_run_id, c.problem, 'reject', 'payload', c.source, c.raw_table, c.raw_id, 'payload',
         jsonb_strip_nulls(jsonb_build_object('http_status', c.http_status, 'request_key', c.request_key,
                                              'expected', CASE WHEN c.problem = 'unexpected_payload_shape' THEN c.expected END))
    FROM payload_checks c
   WHERE c.problem IS NOT NULL
  ON CONFLICT DO NOTHING;

  DROP TABLE IF EXISTS ok_batch;
  CREATE TEMP TABLE ok_batch ON COMMIT DROP AS
  SELECT c.raw_table, c.raw_id, c.fetched_at, c.elements, c.price_format FROM payload_checks c WHERE c.problem IS NULL;
  -- The lines step looks up the price format of the rows of tables that state one (The Odds API) here.
  CREATE INDEX ON ok_batch (raw_table, raw_id);
END
$$;
COMMENT ON FUNCTION staging.promote_payloads(bigint) IS 'Promotion step 1: checks every raw row of the temp table promotion_batch against its table''s expected shape (raw_data.payload_tables): a payload with an error status, not JSON, or without its container is quarantined whole in validation_results with the reason. Leaves the good rows, with their fetch times, the number of elements their container holds (the items of the table''s elements_path where it has one: a VSIN page''s game rows) and the price format their request asked for (the value of raw_data.payload_tables.price_format_param in request_params, lower case; NULL when the table has none or the request did not say), in the temp table ok_batch.';

COMMIT;
