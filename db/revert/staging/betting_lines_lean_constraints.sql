-- Revert mlb:staging/betting_lines_lean_constraints
BEGIN;
SET LOCAL ROLE mlb_owner;

DROP TRIGGER refuse_deleting_referenced_runs ON pipeline.runs;
DROP TRIGGER refuse_deleting_referenced_sources ON raw_data.sources;
DROP TRIGGER refuse_deleting_referenced_sportsbooks ON staging.sportsbooks;
DROP FUNCTION staging.refuse_deleting_referenced_parents();
DROP TRIGGER delete_lines_of_deleted_games ON staging.games;
DROP FUNCTION staging.delete_lines_of_deleted_games();
DROP TRIGGER check_references_update ON staging.betting_lines;
DROP TRIGGER check_references_insert ON staging.betting_lines;
DROP FUNCTION staging.check_betting_line_references();

ALTER TABLE staging.betting_lines
  ADD CONSTRAINT betting_lines_game_id_fkey FOREIGN KEY (game_id) REFERENCES staging.games (game_id) ON DELETE CASCADE,
  ADD CONSTRAINT betting_lines_sportsbook_id_fkey FOREIGN KEY (sportsbook_id) REFERENCES staging.sportsbooks (sportsbook_id),
  ADD CONSTRAINT betting_lines_source_fkey FOREIGN KEY (source) REFERENCES raw_data.sources (source),
  ADD CONSTRAINT betting_lines_pipeline_run_id_fkey FOREIGN KEY (pipeline_run_id) REFERENCES pipeline.runs (id);
CREATE INDEX betting_lines_game_idx ON staging.betting_lines (game_id, market, sportsbook_id, side, observed_at);
COMMENT ON COLUMN staging.betting_lines.game_id IS 'The game.';

COMMIT;
