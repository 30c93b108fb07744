-- pgTAP: the contract of change curated/prediction_inputs (prediction inputs).
-- Behaviour is tested where it is exercised end to end (staging/promote, curated/rebuild, ...).
BEGIN;
SELECT plan(3);

SELECT has_view('curated', 'prediction_inputs', 'curated.prediction_inputs exists');
SELECT columns_are('curated', 'prediction_inputs', ARRAY['game_id', 'game_date', 'cutoff_at', 'home_fair_probability', 'home_fair_probability_open', 'home_fair_probability_move', 'over_fair_probability', 'consensus_total', 'moneyline_books', 'moneyline_book_dispersion', 'home_bets_percent', 'home_money_percent', 'over_bets_percent', 'over_money_percent', 'sharp_side', 'sharp_tier', 'rlm_side', 'steam_side'], 'curated.prediction_inputs has exactly its documented columns');
SELECT view_owner_is('curated', 'prediction_inputs', 'mlb_owner', 'curated.prediction_inputs is owned by mlb_owner');

SELECT * FROM finish();
ROLLBACK;
