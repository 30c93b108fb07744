-- pgTAP: the contract of change raw_data/source_health (health of each source from the collection log).
-- Behaviour is tested where it is exercised end to end (staging/promote, curated/rebuild, ...).
BEGIN;
SELECT plan(3);

SELECT has_view('raw_data', 'source_health', 'raw_data.source_health exists');
SELECT columns_are('raw_data', 'source_health', ARRAY['source', 'last_attempt_at', 'last_success_at', 'attempts_24h', 'success_rate_24h', 'consecutive_failures', 'median_latency_ms_24h', 'rows_stored', 'skipped_24h', 'freshness_status'], 'raw_data.source_health has exactly its documented columns');
SELECT view_owner_is('raw_data', 'source_health', 'mlb_owner', 'raw_data.source_health is owned by mlb_owner');

SELECT * FROM finish();
ROLLBACK;
