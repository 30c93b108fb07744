-- Revert mlb:staging/line_change_points
BEGIN;
SET LOCAL ROLE mlb_owner;
DROP TABLE staging.line_change_points;
COMMIT;
