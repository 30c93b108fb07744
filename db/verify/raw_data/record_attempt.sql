-- Verify mlb:raw_data/record_attempt
BEGIN;
SELECT 'raw_data.record_attempt(text, text, text, text, timestamptz, timestamptz, text, jsonb, text, int, text,
  text, text, int, jsonb, text, text, int, text, int, int, int, bytea)'::regprocedure;
SELECT 1/count(*) FROM pg_proc WHERE proname = 'record_attempt' AND pronamespace = 'raw_data'::regnamespace
   AND prosrc LIKE '%raw_data.request_season(%' AND prosecdef;
ROLLBACK;
