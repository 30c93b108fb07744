-- Revert mlb:staging/match_batch_games
BEGIN;
SET LOCAL ROLE mlb_owner;
DROP FUNCTION staging.match_batch_games(bigint, numeric);
COMMIT;
