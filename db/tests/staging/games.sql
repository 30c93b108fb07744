-- pgTAP: the contract of change staging/games (one row per real game).
-- Behaviour is tested where it is exercised end to end (staging/promote, curated/rebuild, ...).
BEGIN;
SELECT plan(3);

SELECT has_table('staging', 'games', 'staging.games exists');
SELECT columns_are('staging', 'games', ARRAY['game_id', 'game_pk', 'game_date', 'start_time', 'home_team', 'away_team', 'game_number', 'status', 'home_score', 'away_score', 'innings', 'status_source', 'status_fetched_at', 'quality_score', 'raw_table', 'raw_id', 'pipeline_run_id', 'updated_at'], 'staging.games has exactly its documented columns');
SELECT table_owner_is('staging', 'games', 'mlb_owner', 'staging.games is owned by mlb_owner');

SELECT * FROM finish();
ROLLBACK;
