-- Verify mlb:raw_data/parser_query
BEGIN;
SELECT 'raw_data.parser_query(text, regprocedure, bigint[])'::regprocedure;
ROLLBACK;
