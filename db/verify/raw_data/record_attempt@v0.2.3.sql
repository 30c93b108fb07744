-- Verify mlb:raw_data/record_attempt (reworked): keeps the body's bytes, locks a request_keys row.
BEGIN;
SELECT 1/count(*) FROM pg_proc WHERE oid = 'raw_data.record_attempt(text, text, text, text, timestamptz, timestamptz, text, jsonb, text, int, text, text, text, int, jsonb, text, text, int, text, int, int, int, bytea)'::regprocedure AND prosecdef AND prosrc LIKE '%raw_data.request_keys%';
ROLLBACK;
