-- pgTAP: the contract of change pipeline/recent_collection_attempts (recent collection attempts).
-- Behaviour is tested where it is exercised end to end (staging/promote, curated/rebuild, ...).
BEGIN;
SELECT plan(3);

SELECT has_view('pipeline', 'recent_collection_attempts', 'pipeline.recent_collection_attempts exists');
SELECT columns_are('pipeline', 'recent_collection_attempts', ARRAY['id', 'source', 'endpoint', 'request_key', 'mode', 'started_at', 'duration_ms', 'http_status', 'outcome', 'retry_count', 'body_bytes', 'raw_table', 'raw_id', 'error_text', 'url'], 'pipeline.recent_collection_attempts has exactly its documented columns');
SELECT view_owner_is('pipeline', 'recent_collection_attempts', 'mlb_owner', 'pipeline.recent_collection_attempts is owned by mlb_owner');

SELECT * FROM finish();
ROLLBACK;
