-- Revert mlb:staging/promote/raw_rows
BEGIN;
SET LOCAL ROLE mlb_owner;
DROP FUNCTION staging.promote_raw_rows(bigint);
COMMIT;
