-- Revert mlb:raw_data/json_object_or_empty
BEGIN;
SET LOCAL ROLE mlb_owner;
DROP FUNCTION raw_data.json_object_or_empty(jsonb);
COMMIT;
