-- pgTAP: the contract of change pipeline/collection_failures (failed collection attempts).
-- Behaviour is tested where it is exercised end to end (staging/promote, curated/rebuild, ...).
BEGIN;
SELECT plan(4);

SELECT has_view('pipeline', 'collection_failures', 'pipeline.collection_failures exists');
SELECT columns_are('pipeline', 'collection_failures', ARRAY['id', 'source', 'endpoint', 'request_key', 'mode', 'started_at', 'duration_ms', 'http_status', 'outcome', 'retry_count', 'body_bytes', 'raw_table', 'raw_id', 'error_text', 'url'], 'pipeline.collection_failures has exactly its documented columns');
SELECT view_owner_is('pipeline', 'collection_failures', 'mlb_owner', 'pipeline.collection_failures is owned by mlb_owner');

SELECT raw_data.record_attempt('vsin', 'betting_splits', 'vsin_data', k, now() - a::interval, now() - a::interval, p_outcome => o, p_error_text => e)
  FROM (VALUES ('tap-1', '3 minutes', 'too_large', 'Content-Length 10737418240 over the 8388608-byte cap; not read'),
               ('tap-2', '2 minutes', 'deadline_exceeded', 'no whole body within 60 s (61 bytes read)'),
               ('tap-3', '1 minute', 'skipped_disabled', 'vsin is disabled in config')) v(k, a, o, e);
SELECT set_eq($$SELECT request_key, outcome FROM pipeline.collection_failures WHERE source = 'vsin' AND request_key LIKE 'tap-%'$$,
  $$VALUES ('tap-1', 'too_large'), ('tap-2', 'deadline_exceeded')$$, 'the two cut attempts are failures with their reasons; the skip is not');

SELECT * FROM finish();
ROLLBACK;
