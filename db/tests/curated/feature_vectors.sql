-- pgTAP: the contract of change curated/feature_vectors (features as of a cutoff).
-- Behaviour is tested where it is exercised end to end (staging/promote, curated/rebuild, ...).
BEGIN;
SELECT plan(3);

SELECT has_table('curated', 'feature_vectors', 'curated.feature_vectors exists');
SELECT columns_are('curated', 'feature_vectors', ARRAY['game_id', 'game_date', 'cutoff_at', 'home_fair_probability', 'home_fair_probability_open', 'home_fair_probability_move', 'over_fair_probability', 'consensus_total', 'moneyline_books', 'moneyline_book_dispersion', 'home_bets_percent', 'home_money_percent', 'over_bets_percent', 'over_money_percent', 'sharp_side', 'sharp_tier', 'rlm_side', 'steam_side', 'label_home_win', 'label_total_runs', 'label_home_margin', 'pipeline_run_id'], 'curated.feature_vectors has exactly its documented columns');
SELECT table_owner_is('curated', 'feature_vectors', 'mlb_owner', 'curated.feature_vectors is owned by mlb_owner');

SELECT * FROM finish();
ROLLBACK;
