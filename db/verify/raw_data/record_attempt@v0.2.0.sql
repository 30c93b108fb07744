-- Verify mlb:raw_data/record_attempt
BEGIN;
SELECT 'raw_data.record_attempt(text, text, text, text, timestamptz, timestamptz, text, jsonb, text, int, text,
  text, text, int, jsonb, text, text, int, text, int, int, int)'::regprocedure;
ROLLBACK;
