-- Revert mlb:staging/promote/store_lines
BEGIN;
SET LOCAL ROLE mlb_owner;
DROP FUNCTION staging.promote_store_lines(bigint);
COMMIT;
