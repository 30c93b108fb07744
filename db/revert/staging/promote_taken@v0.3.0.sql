-- Revert mlb:staging/promote_taken
BEGIN;
SET LOCAL ROLE mlb_owner;
DROP FUNCTION staging.promote_taken(bigint, text[], bigint[], timestamptz[]);
COMMIT;
