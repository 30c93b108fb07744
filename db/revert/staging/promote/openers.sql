-- Revert mlb:staging/promote/openers
BEGIN;
SET LOCAL ROLE mlb_owner;
DROP FUNCTION staging.promote_openers();
COMMIT;
