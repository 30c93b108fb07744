-- Revert mlb:staging/promote/unread
BEGIN;
SET LOCAL ROLE mlb_owner;
DROP FUNCTION staging.promote_unread(bigint);
COMMIT;
