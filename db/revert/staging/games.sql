-- Revert mlb:staging/games
BEGIN;
SET LOCAL ROLE mlb_owner;
DROP TABLE staging.games;
COMMIT;
