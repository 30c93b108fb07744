-- Verify mlb:pipeline/games_off_schedule
BEGIN;
SELECT game_id, game_date, start_time, matchup, status, made_by_raw_table, made_by_raw_id, pipeline_run_id, scheduled_games
  FROM pipeline.games_off_schedule WHERE false;
ROLLBACK;
