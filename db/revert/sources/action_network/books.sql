-- Revert mlb:sources/action_network/books
BEGIN;
SET LOCAL ROLE mlb_owner;
DROP FUNCTION raw_data.action_network_books(raw_data.payload);
COMMIT;
