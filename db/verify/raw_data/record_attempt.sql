-- Verify mlb:raw_data/record_attempt
BEGIN;

SELECT has_function_privilege('mlb_agent', 'raw_data.record_attempt(text, text, text, text, timestamptz, timestamptz,
  text, jsonb, text, int, text, text, text, int, jsonb, text, text, int, text, int, int, int)', 'EXECUTE');
SELECT 1 / has_function_privilege('mlb_agent', 'raw_data.record_attempt(text, text, text, text, timestamptz, timestamptz,
  text, jsonb, text, int, text, text, text, int, jsonb, text, text, int, text, int, int, int)', 'EXECUTE')::int;

ROLLBACK;
