-- pgTAP: the contract of change staging/validation_success_rate (Validation success per run and source).
-- Behaviour is tested where it is exercised end to end (staging/promote, curated/rebuild, ...).
BEGIN;
SELECT plan(3);

SELECT has_view('staging', 'validation_success_rate', 'staging.validation_success_rate exists');
SELECT columns_are('staging', 'validation_success_rate', ARRAY['source', 'entity', 'game_date', 'promoted', 'warned', 'rejected', 'success_rate'], 'staging.validation_success_rate has exactly its documented columns');
SELECT view_owner_is('staging', 'validation_success_rate', 'mlb_owner', 'staging.validation_success_rate is owned by mlb_owner');

SELECT * FROM finish();
ROLLBACK;
