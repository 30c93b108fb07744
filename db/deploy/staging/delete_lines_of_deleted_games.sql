-- Deploy mlb:staging/delete_lines_of_deleted_games
-- A deleted game takes its lines.
BEGIN;
SET LOCAL ROLE mlb_owner;

CREATE OR REPLACE FUNCTION staging.delete_lines_of_deleted_games() RETURNS trigger
LANGUAGE plpgsql
SET search_path = pg_catalog, staging
AS $$
BEGIN
  DELETE FROM staging.betting_lines l USING old_games o WHERE l.game_id = o.game_id;
  RETURN NULL;
END
$$;
COMMENT ON FUNCTION staging.delete_lines_of_deleted_games() IS 'Statement trigger on staging.games: a deleted game takes its betting lines with it (what ON DELETE CASCADE did).';
CREATE TRIGGER delete_lines_of_deleted_games AFTER DELETE ON staging.games REFERENCING OLD TABLE AS old_games
  FOR EACH STATEMENT EXECUTE FUNCTION staging.delete_lines_of_deleted_games();

COMMIT;
