-- Revert mlb:raw_data/stated_books
BEGIN;
SET LOCAL ROLE mlb_owner;
DROP FUNCTION raw_data.stated_books(text, bigint[]);
COMMIT;
