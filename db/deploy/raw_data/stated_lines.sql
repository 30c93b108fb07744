-- Deploy mlb:raw_data/stated_lines (reworked after v0.3.0)
-- It tells the planner what a call returns: tens of thousands of prices, not the default
-- estimate of 1,000 (issue 30). From an estimate of 45 lines the promotion sorted where it
-- should hash; 120 games' histories by one worker: 12.43 -> 10.81 s, the same rows stored.
-- Prices a raw table states, through its parser.
BEGIN;
SET LOCAL ROLE mlb_owner;

CREATE OR REPLACE FUNCTION raw_data.stated_lines(p_raw_table text, p_ids bigint[] DEFAULT NULL) RETURNS SETOF raw_data.stated_line
LANGUAGE plpgsql STABLE
-- A promotion batch's call states about 20,000 prices (a season's history batch of 2 MB: about 27,000).
ROWS 20000
SET search_path = pg_catalog, raw_data
AS $$
DECLARE
  v_query text := raw_data.parser_query(
    p_raw_table, (SELECT t.lines_parser FROM raw_data.payload_tables t WHERE t.raw_table = p_raw_table), p_ids);
BEGIN
  IF v_query IS NOT NULL THEN
    RETURN QUERY EXECUTE v_query USING p_ids;
  END IF;
END
$$;
COMMENT ON FUNCTION raw_data.stated_lines(text, bigint[]) IS 'What the payloads of one raw table state (raw_data.stated_line rows), through the lines_parser raw_data.payload_tables names for it (raw_data.parser_query); only the given raw ids when p_ids is not NULL. Nothing when the table has no such parser. Planned as 20,000 rows (a promotion batch''s prices), not the default 1,000, so the promotion hashes its groups.';

COMMIT;
