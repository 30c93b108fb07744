-- Verify mlb:sources/odds_api (reworked): A stated last_update that is not a real instant is NULL (staging rejects it), never a failed batch and never silently the fetch time.
BEGIN;
SELECT 1/count(*) FROM pg_proc WHERE oid = 'raw_data.odds_api_lines(raw_data.payload)'::regprocedure AND prosrc LIKE '%raw_data.iso_time(%';
ROLLBACK;
