-- pgTAP: the contract of change pipeline/collection_failures (failed collection attempts).
-- Behaviour is tested where it is exercised end to end (staging/promote, curated/rebuild, ...).
BEGIN;
SELECT plan(3);

SELECT has_view('pipeline', 'collection_failures', 'pipeline.collection_failures exists');
SELECT columns_are('pipeline', 'collection_failures', ARRAY['id', 'source', 'endpoint', 'request_key', 'mode', 'started_at', 'duration_ms', 'http_status', 'outcome', 'retry_count', 'body_bytes', 'raw_table', 'raw_id', 'error_text', 'url'], 'pipeline.collection_failures has exactly its documented columns');
SELECT view_owner_is('pipeline', 'collection_failures', 'mlb_owner', 'pipeline.collection_failures is owned by mlb_owner');

SELECT * FROM finish();
ROLLBACK;
