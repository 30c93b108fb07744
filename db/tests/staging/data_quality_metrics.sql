-- pgTAP: the contract of change staging/data_quality_metrics (per-run quality counts).
-- Behaviour is tested where it is exercised end to end (staging/promote, curated/rebuild, ...).
BEGIN;
SELECT plan(3);

SELECT has_table('staging', 'data_quality_metrics', 'staging.data_quality_metrics exists');
SELECT columns_are('staging', 'data_quality_metrics', ARRAY['pipeline_run_id', 'source', 'table_name', 'rows_read', 'rows_promoted', 'rows_warned', 'rows_rejected', 'success_rate'], 'staging.data_quality_metrics has exactly its documented columns');
SELECT table_owner_is('staging', 'data_quality_metrics', 'mlb_owner', 'staging.data_quality_metrics is owned by mlb_owner');

SELECT * FROM finish();
ROLLBACK;
