-- Revert mlb:staging/season_of
BEGIN;
SET LOCAL ROLE mlb_owner;
DROP FUNCTION staging.season_of(date);
COMMIT;
