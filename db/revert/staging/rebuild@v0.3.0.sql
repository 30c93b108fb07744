-- Revert mlb:staging/rebuild
BEGIN;
SET LOCAL ROLE mlb_owner;
DROP FUNCTION staging.rebuild(date);
COMMIT;
