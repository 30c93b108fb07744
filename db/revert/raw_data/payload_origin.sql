-- Revert mlb:raw_data/payload_origin
BEGIN;
SET LOCAL ROLE mlb_owner;
DROP FUNCTION raw_data.payload_origin(text, bigint);
COMMIT;
