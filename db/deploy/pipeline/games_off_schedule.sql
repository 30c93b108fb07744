-- Deploy mlb:pipeline/games_off_schedule
-- Games the live sources made that the schedule does not list (stop 35's finding): an SBD
-- payload dated a day off made games on tomorrow's date, and nothing said so. A game made
-- by a payload (no MLB game id) on a New York date whose MLB schedule lists games is one
-- the schedule does not know: a misdated payload, or a game the schedule dropped.
BEGIN;
SET LOCAL ROLE mlb_owner;

CREATE OR REPLACE VIEW pipeline.games_off_schedule AS
SELECT g.game_id, g.game_date, g.start_time, staging.matchup(g.away_team, g.home_team, g.game_date) AS matchup,
       g.status, g.raw_table AS made_by_raw_table, g.raw_id AS made_by_raw_id, g.pipeline_run_id,
       (SELECT count(*) FROM staging.games s WHERE s.game_date = g.game_date AND s.game_pk IS NOT NULL) AS scheduled_games
  FROM staging.games g
 WHERE g.game_pk IS NULL
   AND EXISTS (SELECT 1 FROM staging.games s WHERE s.game_date = g.game_date AND s.game_pk IS NOT NULL);
COMMENT ON VIEW pipeline.games_off_schedule IS 'Games a payload made (no MLB game id) on a New York date whose MLB schedule lists games, and not this one: a misdated payload (an SBD page dated a day off makes games on the wrong date) or a game the schedule dropped. Dates the schedule was never fetched for (SBRO seasons) are not judged. SELECT * FROM pipeline.games_off_schedule ORDER BY game_date DESC.';
COMMENT ON COLUMN pipeline.games_off_schedule.game_id IS 'The game (staging.games).';
COMMENT ON COLUMN pipeline.games_off_schedule.game_date IS 'New York date it is on.';
COMMENT ON COLUMN pipeline.games_off_schedule.start_time IS 'Its first pitch, as the payload stated it.';
COMMENT ON COLUMN pipeline.games_off_schedule.matchup IS 'AWAY @ HOME club codes.';
COMMENT ON COLUMN pipeline.games_off_schedule.status IS 'Its status.';
COMMENT ON COLUMN pipeline.games_off_schedule.made_by_raw_table IS 'Raw table of the payload that made it (lineage).';
COMMENT ON COLUMN pipeline.games_off_schedule.made_by_raw_id IS 'Raw row of that payload.';
COMMENT ON COLUMN pipeline.games_off_schedule.pipeline_run_id IS 'The promotion that made it.';
COMMENT ON COLUMN pipeline.games_off_schedule.scheduled_games IS 'How many games the MLB schedule lists on that date.';
GRANT SELECT ON pipeline.games_off_schedule TO mlb_analyst;

COMMIT;
