-- Revert mlb:staging/promote
BEGIN;
SET LOCAL ROLE mlb_owner;
DROP FUNCTION staging.promote(int);
COMMIT;
