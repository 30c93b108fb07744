-- Revert mlb:staging/promote_partition
BEGIN;
SET LOCAL ROLE mlb_owner;
DROP FUNCTION staging.promote_partition(int);
COMMIT;
