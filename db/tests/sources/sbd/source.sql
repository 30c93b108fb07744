-- pgTAP: sources/sbd/source, its row in the source catalogue.
BEGIN;
SELECT plan(2);
SELECT results_eq($$SELECT display_name, stale_after, failing_after_consecutive_failures FROM raw_data.sources WHERE source = 'sbd'$$,
  $$VALUES ('SportsBettingDime'::text, interval '1 hour', 3)$$, 'SportsBettingDime is catalogued: stale after an hour, failing after 3 failures');
SELECT is((SELECT count(*)::int FROM raw_data.source_health WHERE source = 'sbd'), 1, 'its health is reported');
SELECT * FROM finish();
ROLLBACK;
