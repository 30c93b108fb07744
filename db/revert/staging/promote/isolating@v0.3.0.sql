-- Revert mlb:staging/promote/isolating
BEGIN;
SET LOCAL ROLE mlb_owner;
DROP FUNCTION staging.promote_isolating(bigint, text[], bigint[]);
COMMIT;
