-- pgTAP: the contract of change staging/game_source_ids (each source game id mapped to a game).
-- Behaviour is tested where it is exercised end to end (staging/promote, curated/rebuild, ...).
BEGIN;
SELECT plan(3);

SELECT has_table('staging', 'game_source_ids', 'staging.game_source_ids exists');
SELECT columns_are('staging', 'game_source_ids', ARRAY['source', 'source_game_id', 'game_id', 'match_method', 'match_confidence', 'raw_table', 'raw_id', 'pipeline_run_id'], 'staging.game_source_ids has exactly its documented columns');
SELECT table_owner_is('staging', 'game_source_ids', 'mlb_owner', 'staging.game_source_ids is owned by mlb_owner');

SELECT * FROM finish();
ROLLBACK;
