-- Revert mlb:pipeline/games_off_schedule
BEGIN;
SET LOCAL ROLE mlb_owner;
DROP VIEW pipeline.games_off_schedule;
COMMIT;
