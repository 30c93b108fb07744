-- pgTAP: the contract of change curated/enhanced_games (games with results).
-- Behaviour is tested where it is exercised end to end (staging/promote, curated/rebuild, ...).
BEGIN;
SELECT plan(3);

SELECT has_table('curated', 'enhanced_games', 'curated.enhanced_games exists');
SELECT columns_are('curated', 'enhanced_games', ARRAY['game_id', 'game_pk', 'game_date', 'season', 'start_time', 'home_team', 'away_team', 'game_number', 'status', 'home_score', 'away_score', 'total_runs', 'winner', 'home_margin', 'has_result', 'raw_table', 'raw_id', 'pipeline_run_id'], 'curated.enhanced_games has exactly its documented columns');
SELECT table_owner_is('curated', 'enhanced_games', 'mlb_owner', 'curated.enhanced_games is owned by mlb_owner');

SELECT * FROM finish();
ROLLBACK;
