-- Deploy mlb:staging/game_source_ids
-- Each source game id mapped to a game.
BEGIN;
SET LOCAL ROLE mlb_owner;

CREATE TABLE staging.game_source_ids (
  source text NOT NULL REFERENCES raw_data.sources (source),
  source_game_id text NOT NULL,
  game_id bigint NOT NULL REFERENCES staging.games (game_id) ON DELETE CASCADE,
  match_method text NOT NULL CHECK (match_method IN ('mlb_game_pk', 'teams_date_start_time', 'teams_date',
                                                     'teams_date_game_number', 'created')),
  match_confidence numeric(4, 3) NOT NULL CHECK (match_confidence BETWEEN 0 AND 1),
  raw_table text NOT NULL,
  raw_id bigint NOT NULL,
  pipeline_run_id bigint NOT NULL REFERENCES pipeline.runs (id),
  PRIMARY KEY (source, source_game_id)
);
CREATE INDEX game_source_ids_game_idx ON staging.game_source_ids (game_id);
COMMENT ON TABLE staging.game_source_ids IS 'Each source''s game id mapped to a staging game, with how it was matched. Ambiguous matches are not here: they are in validation_results.';
COMMENT ON COLUMN staging.game_source_ids.source IS 'Source.';
COMMENT ON COLUMN staging.game_source_ids.source_game_id IS 'The source''s game id (as in raw_data.betting_lines_raw.source_game_id).';
COMMENT ON COLUMN staging.game_source_ids.game_id IS 'The staging game.';
COMMENT ON COLUMN staging.game_source_ids.match_method IS 'mlb_game_pk (the schedule itself), teams_date_start_time (same clubs and New York date, nearest start within the setting), teams_date (the only game of those clubs that day), teams_date_game_number (doubleheader game by order), created (no game existed; this source created it).';
COMMENT ON COLUMN staging.game_source_ids.match_confidence IS '1 for exact ids and sole candidates; lower as the start-time difference grows.';
COMMENT ON COLUMN staging.game_source_ids.raw_table IS 'Raw table the mapping was first seen in.';
COMMENT ON COLUMN staging.game_source_ids.raw_id IS 'Raw row the mapping was first seen in.';
COMMENT ON COLUMN staging.game_source_ids.pipeline_run_id IS 'Run that made the mapping.';

COMMIT;
