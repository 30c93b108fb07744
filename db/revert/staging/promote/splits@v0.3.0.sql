-- Revert mlb:staging/promote/splits
BEGIN;
SET LOCAL ROLE mlb_owner;
DROP FUNCTION staging.promote_splits(bigint);
COMMIT;
