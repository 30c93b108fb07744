-- Revert mlb:staging/change_points_of
BEGIN;
SET LOCAL ROLE mlb_owner;
DROP FUNCTION staging.change_points_of(bigint[]);
COMMIT;
