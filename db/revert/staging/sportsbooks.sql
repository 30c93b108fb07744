-- Revert mlb:staging/sportsbooks
BEGIN;
SET LOCAL ROLE mlb_owner;
DROP TABLE staging.sportsbooks;
COMMIT;
