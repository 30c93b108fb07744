-- Revert mlb:staging/promote/lines
BEGIN;
SET LOCAL ROLE mlb_owner;
DROP FUNCTION staging.promote_lines(bigint);
COMMIT;
