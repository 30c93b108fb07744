-- Verify mlb:raw_data/record_attempt (reworked after v0.2.3): rows filed under their season.
BEGIN;
SELECT 1/count(*) FROM pg_proc WHERE proname = 'record_attempt' AND pronamespace = 'raw_data'::regnamespace
   AND prosrc LIKE '%raw_data.request_season(%' AND prosecdef;
ROLLBACK;
