-- Revert mlb:raw_data/create_payload_table
BEGIN;
SET LOCAL ROLE mlb_owner;
DROP FUNCTION raw_data.create_payload_table(text);
COMMIT;
