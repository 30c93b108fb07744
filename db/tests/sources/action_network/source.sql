-- pgTAP: sources/action_network/source, its row in the source catalogue.
BEGIN;
SELECT plan(2);
SELECT results_eq($$SELECT display_name, stale_after, failing_after_consecutive_failures FROM raw_data.sources WHERE source = 'action_network'$$,
  $$VALUES ('Action Network'::text, interval '1 hour'::interval, 3)$$, 'Action Network is catalogued with when it is stale and when failing');
SELECT is((SELECT count(*)::int FROM raw_data.source_health WHERE source = 'action_network'), 1, 'its health is reported');
SELECT * FROM finish();
ROLLBACK;
