-- Deploy mlb:curated/enhanced_games
-- Games with results.
BEGIN;
SET LOCAL ROLE mlb_owner;

CREATE TABLE curated.enhanced_games (
  game_id bigint PRIMARY KEY REFERENCES staging.games (game_id) ON DELETE CASCADE,
  game_pk int,
  game_date date NOT NULL,
  season int NOT NULL,
  start_time timestamptz,
  home_team text NOT NULL,
  away_team text NOT NULL,
  game_number smallint NOT NULL,
  status text NOT NULL,
  home_score int,
  away_score int,
  total_runs int,
  winner text CHECK (winner IN ('home', 'away')),
  home_margin int,
  has_result boolean NOT NULL,
  raw_table text NOT NULL,
  raw_id bigint NOT NULL,
  pipeline_run_id bigint NOT NULL REFERENCES pipeline.runs (id),
  CHECK (has_result = (status = 'final' AND home_score IS NOT NULL AND away_score IS NOT NULL))
);
CREATE INDEX enhanced_games_date_idx ON curated.enhanced_games (game_date);
COMMENT ON TABLE curated.enhanced_games IS 'Each game with its result per market: winner (moneyline), total runs (totals), home margin (run line: home covers -1.5 when the margin is 2 or more). Postponed and cancelled games carry no result.';
COMMENT ON COLUMN curated.enhanced_games.game_id IS 'staging.games id.';
COMMENT ON COLUMN curated.enhanced_games.game_pk IS 'MLB gamePk when known.';
COMMENT ON COLUMN curated.enhanced_games.game_date IS 'New York date of first pitch.';
COMMENT ON COLUMN curated.enhanced_games.season IS 'Season (year of the game date).';
COMMENT ON COLUMN curated.enhanced_games.start_time IS 'Scheduled first pitch.';
COMMENT ON COLUMN curated.enhanced_games.home_team IS 'Home club.';
COMMENT ON COLUMN curated.enhanced_games.away_team IS 'Away club.';
COMMENT ON COLUMN curated.enhanced_games.game_number IS '2 for the second game of a doubleheader.';
COMMENT ON COLUMN curated.enhanced_games.status IS 'Status from staging.';
COMMENT ON COLUMN curated.enhanced_games.home_score IS 'Home runs (final games only).';
COMMENT ON COLUMN curated.enhanced_games.away_score IS 'Away runs (final games only).';
COMMENT ON COLUMN curated.enhanced_games.total_runs IS 'Home + away runs (final games only).';
COMMENT ON COLUMN curated.enhanced_games.winner IS 'home or away (final games only).';
COMMENT ON COLUMN curated.enhanced_games.home_margin IS 'Home runs minus away runs (final games only).';
COMMENT ON COLUMN curated.enhanced_games.has_result IS 'True for final games with both scores: bets on other games are void.';
COMMENT ON COLUMN curated.enhanced_games.raw_table IS 'Raw table that set the game''s status (lineage).';
COMMENT ON COLUMN curated.enhanced_games.raw_id IS 'Raw row that set it.';
COMMENT ON COLUMN curated.enhanced_games.pipeline_run_id IS 'Curated run that wrote the row.';

COMMIT;
