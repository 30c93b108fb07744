-- pgTAP: the contract of change pipeline/settings (settings table: zone switches and thresholds).
-- Behaviour is tested where it is exercised end to end (staging/promote, curated/rebuild, ...).
BEGIN;
SELECT plan(3);

SELECT has_table('pipeline', 'settings', 'pipeline.settings exists');
SELECT columns_are('pipeline', 'settings', ARRAY['key', 'value', 'default_value', 'description', 'updated_at', 'value_type', 'min_value', 'max_value'], 'pipeline.settings has exactly its documented columns');
SELECT table_owner_is('pipeline', 'settings', 'mlb_owner', 'pipeline.settings is owned by mlb_owner');

SELECT * FROM finish();
ROLLBACK;
