-- pgTAP: the contract of change pipeline/retention_log (raw retention calls).
-- Behaviour is tested where it is exercised end to end (staging/promote, curated/rebuild, ...).
BEGIN;
SELECT plan(3);

SELECT has_table('pipeline', 'retention_log', 'pipeline.retention_log exists');
SELECT columns_are('pipeline', 'retention_log', ARRAY['id', 'ran_at', 'raw_table', 'older_than', 'rows_deleted', 'dry_run', 'requested_by', 'rows_kept', 'xact_id'], 'pipeline.retention_log has exactly its documented columns');
SELECT table_owner_is('pipeline', 'retention_log', 'mlb_owner', 'pipeline.retention_log is owned by mlb_owner');

SELECT * FROM finish();
ROLLBACK;
