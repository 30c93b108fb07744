-- Deploy mlb:curated/prediction_inputs
-- Prediction inputs.
BEGIN;
SET LOCAL ROLE mlb_owner;

CREATE OR REPLACE VIEW curated.prediction_inputs AS
SELECT f.game_id, f.game_date, f.cutoff_at, f.home_fair_probability, f.home_fair_probability_open,
       f.home_fair_probability_move, f.over_fair_probability, f.consensus_total, f.moneyline_books,
       f.moneyline_book_dispersion, f.home_bets_percent, f.home_money_percent, f.over_bets_percent,
       f.over_money_percent, f.sharp_side, f.sharp_tier, f.rlm_side, f.steam_side
  FROM curated.feature_vectors f JOIN staging.games g USING (game_id)
 WHERE g.status IN ('scheduled', 'live');
COMMENT ON VIEW curated.prediction_inputs IS 'The feature vectors of games not yet played (no labels).';
GRANT SELECT ON curated.prediction_inputs TO mlb_analyst;

DO $$
DECLARE
  c record;
BEGIN
  FOR c IN SELECT a.attname, col_description('curated.feature_vectors'::regclass, a.attnum) AS d
             FROM pg_attribute a WHERE a.attrelid = 'curated.prediction_inputs'::regclass AND a.attnum > 0 LOOP
    EXECUTE format('COMMENT ON COLUMN curated.prediction_inputs.%I IS %L', c.attname, c.d);
  END LOOP;
END
$$;

COMMIT;
