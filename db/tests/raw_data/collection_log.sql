-- pgTAP: the contract of change raw_data/collection_log (log of every collection attempt).
-- Behaviour is tested where it is exercised end to end (staging/promote, curated/rebuild, ...).
BEGIN;
SELECT plan(3);

SELECT has_table('raw_data', 'collection_log', 'raw_data.collection_log exists');
SELECT columns_are('raw_data', 'collection_log', ARRAY['id', 'source', 'endpoint', 'request_key', 'url', 'params', 'mode', 'started_at', 'finished_at', 'http_status', 'body_bytes', 'body_sha256', 'outcome', 'error_text', 'raw_table', 'raw_id', 'retry_count', 'agent_version', 'quota_remaining', 'quota_used', 'quota_last_cost', 'logged_at'], 'raw_data.collection_log has exactly its documented columns');
SELECT table_owner_is('raw_data', 'collection_log', 'mlb_owner', 'raw_data.collection_log is owned by mlb_owner');

SELECT * FROM finish();
ROLLBACK;
