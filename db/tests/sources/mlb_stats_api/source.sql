-- pgTAP: sources/mlb_stats_api/source, its row in the source catalogue.
BEGIN;
SELECT plan(2);
SELECT results_eq($$SELECT display_name, stale_after, failing_after_consecutive_failures FROM raw_data.sources WHERE source = 'mlb_stats_api'$$,
  $$VALUES ('MLB Stats API'::text, interval '3 hours'::interval, 3)$$, 'MLB Stats API is catalogued with when it is stale and when failing');
SELECT is((SELECT count(*)::int FROM raw_data.source_health WHERE source = 'mlb_stats_api'), 1, 'its health is reported');
SELECT * FROM finish();
ROLLBACK;
