-- pgTAP: the contract of change pipeline/curated_partitions (the partitions of the New York dates).
BEGIN;
SELECT plan(5);

SELECT has_table('pipeline', 'curated_partitions', 'pipeline.curated_partitions exists');
SELECT table_owner_is('pipeline', 'curated_partitions', 'mlb_owner', 'pipeline.curated_partitions is owned by mlb_owner');
SELECT results_eq($$SELECT array_agg(partition ORDER BY partition)::int[] FROM pipeline.curated_partitions$$,
  $$VALUES (ARRAY[0, 1, 2, 3, 4, 5, 6, 7])$$, 'eight partitions, 0 to 7');
SELECT ok(NOT has_table_privilege('mlb_analyst', 'pipeline.curated_partitions', 'UPDATE'),
  'the analyst cannot lock a partition (FOR UPDATE needs UPDATE)');
SELECT is((SELECT count(DISTINCT curated.date_partition(d::date))::int FROM generate_series(DATE '2024-03-28', DATE '2024-04-04', '1 day') d),
          (SELECT count(*)::int FROM pipeline.curated_partitions), 'every partition a date can fall in is a row');

SELECT * FROM finish();
ROLLBACK;
