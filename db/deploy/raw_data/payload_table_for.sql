-- Deploy mlb:raw_data/payload_table_for
-- Raw table of a source endpoint.
BEGIN;
SET LOCAL ROLE mlb_owner;

-- Which raw table a source endpoint's bodies go to (replaying a bare file).
CREATE OR REPLACE FUNCTION raw_data.payload_table_for(p_source text, p_endpoint text) RETURNS text
LANGUAGE sql STABLE
SET search_path = pg_catalog, raw_data
RETURN (SELECT t.raw_table FROM raw_data.payload_tables t WHERE t.source = p_source AND p_endpoint = ANY (t.endpoints));
COMMENT ON FUNCTION raw_data.payload_table_for(text, text) IS 'The raw payload table that stores the bodies of one source endpoint (raw_data.payload_tables.endpoints); NULL for an unknown endpoint.';
GRANT EXECUTE ON FUNCTION raw_data.payload_table_for(text, text) TO mlb_agent;

COMMIT;
