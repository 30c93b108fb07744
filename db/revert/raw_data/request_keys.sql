-- Revert mlb:raw_data/request_keys
BEGIN;
SET LOCAL ROLE mlb_owner;
DROP TABLE raw_data.request_keys;
COMMIT;
