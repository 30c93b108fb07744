-- Deploy mlb:raw_data/parser_query
-- The statement that runs a parser over a raw table's payloads.
BEGIN;
SET LOCAL ROLE mlb_owner;

CREATE OR REPLACE FUNCTION raw_data.parser_query(p_raw_table text, p_parser regprocedure, p_ids bigint[] DEFAULT NULL) RETURNS text
LANGUAGE sql STABLE
SET search_path = pg_catalog, raw_data
-- Built for EXECUTE, which plans with the ids known: the raw rows are read by
-- primary key and the SQL parser is inlined into the statement. $1 is the ids.
RETURN (SELECT format('SELECT x.* FROM raw_data.%I r CROSS JOIN LATERAL %I.%I(ROW(%L, r.id, r.request_key, r.fetched_at, '
                      'r.http_status, r.payload)::raw_data.payload) x %s',
                      p_raw_table, n.nspname, p.proname, p_raw_table,
                      CASE WHEN p_ids IS NOT NULL THEN 'WHERE r.id = ANY ($1)' ELSE '' END)
          FROM pg_proc p JOIN pg_namespace n ON n.oid = p.pronamespace
         WHERE p.oid = p_parser);
COMMENT ON FUNCTION raw_data.parser_query(text, regprocedure, bigint[]) IS 'The SELECT that applies one parser (a function taking raw_data.payload) to the payloads of a raw table, only to the raw ids passed as $1 when p_ids is not NULL; NULL when p_parser is NULL. Used by raw_data.stated_games, stated_lines, stated_splits and stated_books.';

COMMIT;
