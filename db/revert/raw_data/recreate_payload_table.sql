-- Revert mlb:raw_data/recreate_payload_table
BEGIN;
SET LOCAL ROLE mlb_owner;

DROP FUNCTION raw_data.recreate_payload_table(text);

COMMIT;
