-- Revert mlb:staging/promote_until_empty
BEGIN;
SET LOCAL ROLE mlb_owner;
DROP PROCEDURE staging.promote_until_empty(bigint, bigint, text, int);
COMMIT;
