-- Revert mlb:raw_data/record_attempt
BEGIN;
SET LOCAL ROLE mlb_owner;
DROP FUNCTION raw_data.record_attempt(text, text, text, text, timestamptz, timestamptz, text, jsonb, text, int, text,
  text, text, int, jsonb, text, text, int, text, int, int, int, bytea);
COMMIT;
