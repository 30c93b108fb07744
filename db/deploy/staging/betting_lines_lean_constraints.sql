-- Deploy mlb:staging/betting_lines_lean_constraints
-- staging.betting_lines takes about 7 million rows a season. Its four foreign
-- keys were checked row by row, one query per line and key: 11 microseconds a
-- line, a third of the insert. The same references are now checked once per
-- statement, set-based, and the parents keep their old rules: deleting a game
-- deletes its lines, a sportsbook, source or run still referenced by a line
-- cannot be deleted.
BEGIN;
SET LOCAL ROLE mlb_owner;

-- The unique key (game_id, sportsbook_id, ...) serves every by-game lookup.
DROP INDEX staging.betting_lines_game_idx;

ALTER TABLE staging.betting_lines
  DROP CONSTRAINT betting_lines_game_id_fkey,
  DROP CONSTRAINT betting_lines_sportsbook_id_fkey,
  DROP CONSTRAINT betting_lines_source_fkey,
  DROP CONSTRAINT betting_lines_pipeline_run_id_fkey;

CREATE FUNCTION staging.check_betting_line_references() RETURNS trigger
LANGUAGE plpgsql
SET search_path = pg_catalog, staging
AS $$
DECLARE
  v_bad jsonb;
BEGIN
  SELECT jsonb_build_object('game_id', n.game_id, 'sportsbook_id', n.sportsbook_id, 'source', n.source,
                            'pipeline_run_id', n.pipeline_run_id)
    INTO v_bad
    FROM new_lines n
   WHERE NOT EXISTS (SELECT 1 FROM staging.games g WHERE g.game_id = n.game_id)
      OR NOT EXISTS (SELECT 1 FROM staging.sportsbooks b WHERE b.sportsbook_id = n.sportsbook_id)
      OR NOT EXISTS (SELECT 1 FROM raw_data.sources s WHERE s.source = n.source)
      OR NOT EXISTS (SELECT 1 FROM pipeline.runs r WHERE r.id = n.pipeline_run_id)
   LIMIT 1;
  IF v_bad IS NOT NULL THEN
    RAISE EXCEPTION 'staging.betting_lines refers to a game, sportsbook, source or run that does not exist: %', v_bad
      USING ERRCODE = 'foreign_key_violation';
  END IF;
  RETURN NULL;
END
$$;
COMMENT ON FUNCTION staging.check_betting_line_references() IS 'Statement trigger on staging.betting_lines: every inserted or updated line''s game, sportsbook, source and pipeline run must exist (the foreign keys, checked once per statement instead of once per row). Raises foreign_key_violation (23503).';

CREATE TRIGGER check_references_insert AFTER INSERT ON staging.betting_lines REFERENCING NEW TABLE AS new_lines
  FOR EACH STATEMENT EXECUTE FUNCTION staging.check_betting_line_references();
CREATE TRIGGER check_references_update AFTER UPDATE ON staging.betting_lines REFERENCING NEW TABLE AS new_lines
  FOR EACH STATEMENT EXECUTE FUNCTION staging.check_betting_line_references();

CREATE FUNCTION staging.delete_lines_of_deleted_games() RETURNS trigger
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

-- Arguments: the parent's key column, the line column that refers to it, and
-- an optional filter on the deleted parents (a run that wrote nothing has no
-- lines, so deleting it needs no scan).
CREATE FUNCTION staging.refuse_deleting_referenced_parents() RETURNS trigger
LANGUAGE plpgsql
SET search_path = pg_catalog, staging
AS $$
DECLARE
  v_referenced text;
BEGIN
  EXECUTE format('SELECT o.%1$I::text FROM old_parents o WHERE %3$s AND o.%1$I IN (SELECT l.%2$I FROM staging.betting_lines l) LIMIT 1',
                 TG_ARGV[0], TG_ARGV[1], coalesce(TG_ARGV[2], 'true'))
    INTO v_referenced;
  IF v_referenced IS NOT NULL THEN
    RAISE EXCEPTION '%.% % is still referenced by staging.betting_lines', TG_TABLE_SCHEMA, TG_TABLE_NAME, v_referenced
      USING ERRCODE = 'foreign_key_violation';
  END IF;
  RETURN NULL;
END
$$;
COMMENT ON FUNCTION staging.refuse_deleting_referenced_parents() IS 'Statement trigger on staging.sportsbooks, raw_data.sources and pipeline.runs (arguments: parent key column, referring staging.betting_lines column, optional filter on the deleted rows): refuses (foreign_key_violation) to delete a row a betting line still refers to, as the foreign keys did.';
CREATE TRIGGER refuse_deleting_referenced_sportsbooks AFTER DELETE ON staging.sportsbooks REFERENCING OLD TABLE AS old_parents
  FOR EACH STATEMENT EXECUTE FUNCTION staging.refuse_deleting_referenced_parents('sportsbook_id', 'sportsbook_id');
CREATE TRIGGER refuse_deleting_referenced_sources AFTER DELETE ON raw_data.sources REFERENCING OLD TABLE AS old_parents
  FOR EACH STATEMENT EXECUTE FUNCTION staging.refuse_deleting_referenced_parents('source', 'source');
CREATE TRIGGER refuse_deleting_referenced_runs AFTER DELETE ON pipeline.runs REFERENCING OLD TABLE AS old_parents
  FOR EACH STATEMENT EXECUTE FUNCTION staging.refuse_deleting_referenced_parents('id', 'pipeline_run_id', 'o.rows_out > 0');

COMMENT ON COLUMN staging.betting_lines.game_id IS 'The game (staging.games); checked per statement by staging.check_betting_line_references(), and deleted with its game.';

COMMIT;
