-- Revert mlb:raw_data/payload_table_for
BEGIN;
SET LOCAL ROLE mlb_owner;
DROP FUNCTION raw_data.payload_table_for(text, text);
COMMIT;
