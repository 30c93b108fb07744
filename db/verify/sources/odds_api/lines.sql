-- Verify mlb:sources/odds_api/lines
BEGIN;
SELECT 'raw_data.odds_api_lines(raw_data.payload)'::regprocedure;
SELECT 1/count(*) FROM pg_proc WHERE oid = 'raw_data.odds_api_lines(raw_data.payload)'::regprocedure
   AND prosrc LIKE '%jsonb_typeof(m.market->''outcomes'') IS DISTINCT FROM ''array''%';
ROLLBACK;
