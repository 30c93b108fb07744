-- pgTAP: the contract of change pipeline/run_history (runs, newest first).
-- Behaviour is tested where it is exercised end to end (staging/promote, curated/rebuild, ...).
BEGIN;
SELECT plan(3);

SELECT has_view('pipeline', 'run_history', 'pipeline.run_history exists');
SELECT columns_are('pipeline', 'run_history', ARRAY['id', 'zone', 'kind', 'target_date', 'status', 'started_at', 'finished_at', 'duration_seconds', 'rows_in', 'rows_out', 'rows_rejected', 'skip_reason', 'error_text'], 'pipeline.run_history has exactly its documented columns');
SELECT view_owner_is('pipeline', 'run_history', 'mlb_owner', 'pipeline.run_history is owned by mlb_owner');

SELECT * FROM finish();
ROLLBACK;
