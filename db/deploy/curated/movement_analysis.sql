-- Deploy mlb:curated/movement_analysis
-- Steam and reverse line movements.
BEGIN;
SET LOCAL ROLE mlb_owner;

CREATE TABLE curated.movement_analysis (
  game_id bigint NOT NULL REFERENCES staging.games (game_id) ON DELETE CASCADE,
  market text NOT NULL,
  side text NOT NULL,
  movement_type text NOT NULL CHECK (movement_type IN ('steam', 'reverse_line_movement')),
  detected_at timestamptz NOT NULL,
  size numeric NOT NULL,
  books int NOT NULL,
  sportsbook_ids int[] NOT NULL,
  first_mover_sportsbook_id int,
  public_ticket_percent numeric,
  details jsonb NOT NULL DEFAULT '{}',
  pipeline_run_id bigint NOT NULL REFERENCES pipeline.runs (id),
  PRIMARY KEY (game_id, market, side, movement_type, detected_at)
);
COMMENT ON TABLE curated.movement_analysis IS 'Steam moves (at least signals.steam_min_books bettable books moving the same side the same way by signals.steam_min_probability_move within signals.steam_window_minutes; first mover recorded) and reverse line movements (at least signals.rlm_min_books books lengthening the side holding at least signals.rlm_min_ticket_percent of tickets by signals.rlm_min_probability_move from their opens). side is the side the market moved toward; detected_at never precedes the data it rests on.';
COMMENT ON COLUMN curated.movement_analysis.game_id IS 'The game.';
COMMENT ON COLUMN curated.movement_analysis.market IS 'moneyline, spread or total.';
COMMENT ON COLUMN curated.movement_analysis.side IS 'The side the move favoured (shortened).';
COMMENT ON COLUMN curated.movement_analysis.movement_type IS 'steam or reverse_line_movement.';
COMMENT ON COLUMN curated.movement_analysis.detected_at IS 'When it became known: the last qualifying book move of a steam; for RLM the first book move that took the line past the threshold while the public was on the other side.';
COMMENT ON COLUMN curated.movement_analysis.size IS 'Average implied probability shift toward the side (steam), or the public side''s average lengthening at the books'' threshold crossings (RLM).';
COMMENT ON COLUMN curated.movement_analysis.books IS 'Books that moved.';
COMMENT ON COLUMN curated.movement_analysis.sportsbook_ids IS 'Those books.';
COMMENT ON COLUMN curated.movement_analysis.first_mover_sportsbook_id IS 'The book that moved first (steam).';
COMMENT ON COLUMN curated.movement_analysis.public_ticket_percent IS 'Share of tickets on the public side (RLM).';
COMMENT ON COLUMN curated.movement_analysis.details IS 'The moves: book, from, to, when.';
COMMENT ON COLUMN curated.movement_analysis.pipeline_run_id IS 'Curated run that wrote the row.';

COMMIT;
