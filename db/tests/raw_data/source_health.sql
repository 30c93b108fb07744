-- pgTAP: the contract of change raw_data/source_health (health of each source from the collection log).
-- Behaviour is tested where it is exercised end to end (staging/promote, curated/rebuild, ...).
BEGIN;
SELECT plan(8);

SELECT has_view('raw_data', 'source_health', 'raw_data.source_health exists');
SELECT columns_are('raw_data', 'source_health', ARRAY['source', 'last_attempt_at', 'last_success_at', 'attempts_24h', 'success_rate_24h', 'consecutive_failures', 'median_latency_ms_24h', 'rows_stored', 'skipped_24h', 'freshness_status', 'quarantined_payloads_24h'], 'raw_data.source_health has exactly its documented columns');
SELECT view_owner_is('raw_data', 'source_health', 'mlb_owner', 'raw_data.source_health is owned by mlb_owner');

-- Quarantined payloads make a source degraded (reworked after v0.2.0).
SELECT is((SELECT freshness_status FROM raw_data.source_health WHERE source = 'sbro'), 'ok', 'a hand-loaded source with nothing wrong is ok');
INSERT INTO pipeline.runs (zone, kind, status) VALUES ('staging', 'promote', 'degraded');
INSERT INTO staging.validation_results (pipeline_run_id, rule, severity, entity, source, raw_table, raw_id, record_ref)
SELECT max(id), 'promotion_error', 'reject', 'payload', 'sbro', 'sbro_odds', -1, 'payload' FROM pipeline.runs;
SELECT is((SELECT freshness_status FROM raw_data.source_health WHERE source = 'sbro'), 'degraded', 'a quarantined payload makes it degraded');
SELECT is((SELECT quarantined_payloads_24h FROM raw_data.source_health WHERE source = 'sbro'), 1::bigint, 'and is counted');

-- The bounds' outcomes count as failures, read from raw_data.attempt_outcomes.
SELECT raw_data.record_attempt('vsin', 'betting_splits', 'vsin_data', k, now() - a::interval, now() - a::interval, p_outcome => o, p_error_text => e)
  FROM (VALUES ('tap-1', '3 minutes', 'too_large', 'Content-Length 10737418240 over the 8388608-byte cap; not read'),
               ('tap-2', '2 minutes', 'deadline_exceeded', 'no whole body within 60 s (61 bytes read)'),
               ('tap-3', '1 minute', 'skipped_disabled', 'vsin is disabled in config')) v(k, a, o, e);
SELECT results_eq($$SELECT consecutive_failures, skipped_24h FROM raw_data.source_health WHERE source = 'vsin'$$,
  $$VALUES (2::bigint, 1::bigint)$$, 'a body over the cap and one past the deadline are failures; a skip is not');
SELECT is((SELECT freshness_status FROM raw_data.source_health WHERE source = 'vsin'), 'stale', 'no success yet: stale, not failing after 2 of 3');

SELECT * FROM finish();
ROLLBACK;
