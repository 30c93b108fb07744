-- Deploy mlb:curated/feature_vectors
-- Features as of a cutoff.
BEGIN;
SET LOCAL ROLE mlb_owner;

CREATE TABLE curated.feature_vectors (
  game_id bigint PRIMARY KEY REFERENCES staging.games (game_id) ON DELETE CASCADE,
  game_date date NOT NULL,
  cutoff_at timestamptz NOT NULL,
  home_fair_probability numeric,
  home_fair_probability_open numeric,
  home_fair_probability_move numeric,
  over_fair_probability numeric,
  consensus_total numeric(5, 1),
  moneyline_books int NOT NULL,
  moneyline_book_dispersion numeric,
  home_bets_percent numeric,
  home_money_percent numeric,
  over_bets_percent numeric,
  over_money_percent numeric,
  sharp_side text,
  sharp_tier int,
  rlm_side text,
  steam_side text,
  label_home_win boolean,
  label_total_runs int,
  label_home_margin int,
  pipeline_run_id bigint NOT NULL REFERENCES pipeline.runs (id)
);
CREATE INDEX feature_vectors_date_idx ON curated.feature_vectors (game_date);
COMMENT ON TABLE curated.feature_vectors IS 'One row per game with pre-game features computed only from what was known at cutoff_at (first pitch minus signals.feature_cutoff_minutes): consensus no-vig probabilities from each bettable book''s latest price before the cutoff, their move from open, public splits, sharp/RLM/steam signals known by then, book dispersion; and the outcome labels (NULL until the game is final).';
COMMENT ON COLUMN curated.feature_vectors.game_id IS 'The game.';
COMMENT ON COLUMN curated.feature_vectors.game_date IS 'New York date.';
COMMENT ON COLUMN curated.feature_vectors.cutoff_at IS 'Nothing observed after this time is used.';
COMMENT ON COLUMN curated.feature_vectors.home_fair_probability IS 'Mean multiplicative no-vig home moneyline probability across bettable books at the cutoff.';
COMMENT ON COLUMN curated.feature_vectors.home_fair_probability_open IS 'The same from the books'' first prices.';
COMMENT ON COLUMN curated.feature_vectors.home_fair_probability_move IS 'Cutoff minus open.';
COMMENT ON COLUMN curated.feature_vectors.over_fair_probability IS 'Mean no-vig over probability at the most common total at the cutoff.';
COMMENT ON COLUMN curated.feature_vectors.consensus_total IS 'Most common total across books at the cutoff.';
COMMENT ON COLUMN curated.feature_vectors.moneyline_books IS 'Bettable books with both moneyline sides by the cutoff.';
COMMENT ON COLUMN curated.feature_vectors.moneyline_book_dispersion IS 'Standard deviation of the books'' home fair probabilities at the cutoff.';
COMMENT ON COLUMN curated.feature_vectors.home_bets_percent IS 'Mean across sources of the latest home moneyline ticket share before the cutoff.';
COMMENT ON COLUMN curated.feature_vectors.home_money_percent IS 'Mean across sources of the latest home moneyline money share before the cutoff.';
COMMENT ON COLUMN curated.feature_vectors.over_bets_percent IS 'Mean latest over ticket share before the cutoff.';
COMMENT ON COLUMN curated.feature_vectors.over_money_percent IS 'Mean latest over money share before the cutoff.';
COMMENT ON COLUMN curated.feature_vectors.sharp_side IS 'Moneyline side with sharp action known by the cutoff (highest tier), if any.';
COMMENT ON COLUMN curated.feature_vectors.sharp_tier IS 'Its tier.';
COMMENT ON COLUMN curated.feature_vectors.rlm_side IS 'Moneyline side favoured by a reverse line movement known by the cutoff.';
COMMENT ON COLUMN curated.feature_vectors.steam_side IS 'Moneyline side favoured by a steam move known by the cutoff.';
COMMENT ON COLUMN curated.feature_vectors.label_home_win IS 'Outcome: the home team won (NULL until final).';
COMMENT ON COLUMN curated.feature_vectors.label_total_runs IS 'Outcome: total runs.';
COMMENT ON COLUMN curated.feature_vectors.label_home_margin IS 'Outcome: home runs minus away runs.';
COMMENT ON COLUMN curated.feature_vectors.pipeline_run_id IS 'Curated run that wrote the row.';

COMMIT;
