-- Revert mlb:raw_data/stated_games
BEGIN;
SET LOCAL ROLE mlb_owner;
DROP FUNCTION raw_data.stated_games(text, bigint[]);
COMMIT;
