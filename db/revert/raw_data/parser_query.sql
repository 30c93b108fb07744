-- Revert mlb:raw_data/parser_query
BEGIN;
SET LOCAL ROLE mlb_owner;
DROP FUNCTION raw_data.parser_query(text, regprocedure, bigint[]);
COMMIT;
