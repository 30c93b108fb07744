-- pgTAP: the contract of change raw_data/sources (source catalogue table).
-- Behaviour is tested where it is exercised end to end (staging/promote, curated/rebuild, ...).
BEGIN;
SELECT plan(3);

SELECT has_table('raw_data', 'sources', 'raw_data.sources exists');
SELECT columns_are('raw_data', 'sources', ARRAY['source', 'display_name', 'description', 'stale_after', 'failing_after_consecutive_failures', 'one_id_per_game'], 'raw_data.sources has exactly its documented columns');
SELECT table_owner_is('raw_data', 'sources', 'mlb_owner', 'raw_data.sources is owned by mlb_owner');

SELECT * FROM finish();
ROLLBACK;
