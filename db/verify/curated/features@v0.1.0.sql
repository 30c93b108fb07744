-- Verify mlb:curated/features
BEGIN;

SELECT game_id, cutoff_at, home_fair_probability, label_home_win FROM curated.feature_vectors WHERE false;
SELECT game_id, cutoff_at FROM curated.prediction_inputs WHERE false;
SELECT 'curated.rebuild_features(bigint, date[])'::regprocedure;

ROLLBACK;
