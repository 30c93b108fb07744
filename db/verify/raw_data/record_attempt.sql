-- Verify mlb:raw_data/record_attempt (reworked): The only way the agent writes raw: SECURITY DEFINER, and dedupe serialised by a row lock on raw_data.request_keys, not an advisory lock any role can take.
BEGIN;
SELECT 1/count(*) FROM pg_proc WHERE oid = 'raw_data.record_attempt(text, text, text, text, timestamptz, timestamptz, text, jsonb, text, int, text,
  text, text, int, jsonb, text, text, int, text, int, int, int)'::regprocedure AND prosrc LIKE '%raw_data.request_keys%';
ROLLBACK;
