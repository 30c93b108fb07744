-- Deploy mlb:staging/mark_rescheduled_games_stale
-- Issue 14: a summary's open and close are pre-game picks, so a game whose
-- start time moves is summarized again; a schedule promoted again with the
-- same start time marks nothing.
BEGIN;
SET LOCAL ROLE mlb_owner;

CREATE OR REPLACE FUNCTION staging.mark_rescheduled_games_stale() RETURNS trigger
LANGUAGE plpgsql SECURITY DEFINER
SET search_path = pg_catalog, staging
AS $$
BEGIN
  INSERT INTO staging.stale_line_summaries (game_id)
  SELECT n.game_id FROM new_games n JOIN old_games o USING (game_id)
   WHERE n.start_time IS DISTINCT FROM o.start_time
  ON CONFLICT (game_id, marked_by) DO NOTHING;
  RETURN NULL;
END
$$;
COMMENT ON FUNCTION staging.mark_rescheduled_games_stale() IS 'Statement trigger on staging.games: marks the games whose start time changed in staging.stale_line_summaries (their summaries'' pre-game open and close depend on it).';

CREATE TRIGGER mark_rescheduled_games_stale AFTER UPDATE ON staging.games
  REFERENCING OLD TABLE AS old_games NEW TABLE AS new_games
  FOR EACH STATEMENT EXECUTE FUNCTION staging.mark_rescheduled_games_stale();
COMMENT ON TRIGGER mark_rescheduled_games_stale ON staging.games IS 'A game whose start time moved gets its summaries computed again (staging.mark_rescheduled_games_stale).';

COMMIT;
