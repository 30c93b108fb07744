-- Revert mlb:staging/promote/books
BEGIN;
SET LOCAL ROLE mlb_owner;
DROP FUNCTION staging.promote_books(bigint);
COMMIT;
