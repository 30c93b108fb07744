-- Deploy mlb:staging/season_of_games
-- A line's season is its game's: a game of a new season gets its partition of
-- staging.betting_line_rows before any line, and a game moved into another
-- year takes its lines to that year's partition.
BEGIN;
SET LOCAL ROLE mlb_owner;

CREATE OR REPLACE FUNCTION staging.season_of_games() RETURNS trigger
LANGUAGE plpgsql
SET search_path = pg_catalog, staging
AS $$
BEGIN
  PERFORM add_line_partitions(ARRAY(SELECT DISTINCT season_of(n.game_date)::int FROM new_games n));
  IF TG_OP = 'UPDATE' THEN
    UPDATE betting_line_rows r SET season = season_of(n.game_date)
      FROM new_games n
     WHERE r.game_id = n.game_id AND r.season <> season_of(n.game_date);
  END IF;
  RETURN NULL;
END
$$;
COMMENT ON FUNCTION staging.season_of_games() IS 'Statement trigger on staging.games (insert and update): the partitions of staging.betting_line_rows for the seasons of the new or changed games (staging.add_line_partitions), and the lines of a game moved into another year moved to that season.';
CREATE TRIGGER season_of_new_games AFTER INSERT ON staging.games REFERENCING NEW TABLE AS new_games
  FOR EACH STATEMENT EXECUTE FUNCTION staging.season_of_games();
CREATE TRIGGER season_of_changed_games AFTER UPDATE ON staging.games REFERENCING NEW TABLE AS new_games
  FOR EACH STATEMENT EXECUTE FUNCTION staging.season_of_games();
COMMENT ON TRIGGER season_of_new_games ON staging.games IS 'A game of a new season gets its partition of staging.betting_line_rows (staging.season_of_games).';
COMMENT ON TRIGGER season_of_changed_games ON staging.games IS 'A game moved into another year takes its lines to that season (staging.season_of_games).';

COMMIT;
