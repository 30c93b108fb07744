-- pgTAP: the contract of change staging/validation_results (quarantined problems and warnings).
-- Behaviour is tested where it is exercised end to end (staging/promote, curated/rebuild, ...).
BEGIN;
SELECT plan(3);

SELECT has_table('staging', 'validation_results', 'staging.validation_results exists');
SELECT columns_are('staging', 'validation_results', ARRAY['id', 'pipeline_run_id', 'rule', 'severity', 'entity', 'source', 'raw_table', 'raw_id', 'record_ref', 'game_date', 'details', 'created_at'], 'staging.validation_results has exactly its documented columns');
SELECT table_owner_is('staging', 'validation_results', 'mlb_owner', 'staging.validation_results is owned by mlb_owner');

SELECT * FROM finish();
ROLLBACK;
