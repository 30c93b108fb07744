-- Verify mlb:sources/odds_api
BEGIN;
SELECT 'raw_data.odds_api_games(raw_data.payload)'::regprocedure;
SELECT 'raw_data.odds_api_lines(raw_data.payload)'::regprocedure;
SELECT 1/count(*) FROM raw_data.payload_tables WHERE raw_table = 'odds_api_responses';
SELECT 1 FROM raw_data.odds_api_responses WHERE false;
SELECT 1/count(*) FROM pg_proc WHERE oid = 'raw_data.odds_api_lines(raw_data.payload)'::regprocedure
   AND prosrc LIKE '%jsonb_typeof(m.market->''outcomes'') IS DISTINCT FROM ''array''%';
ROLLBACK;
