-- pgTAP: the contract of change pipeline/promotion_partitions (the history lane's partitions).
BEGIN;
SELECT plan(4);

SELECT has_table('pipeline', 'promotion_partitions', 'pipeline.promotion_partitions exists');
SELECT table_owner_is('pipeline', 'promotion_partitions', 'mlb_owner', 'pipeline.promotion_partitions is owned by mlb_owner');
SELECT results_eq($$SELECT array_agg(partition ORDER BY partition)::int[] FROM pipeline.promotion_partitions$$,
  $$VALUES (ARRAY[0, 1, 2, 3, 4, 5, 6, 7])$$, 'eight partitions, 0 to 7');
SELECT ok(NOT has_table_privilege('mlb_analyst', 'pipeline.promotion_partitions', 'UPDATE'),
  'the analyst cannot lock a partition (FOR UPDATE needs UPDATE)');

SELECT * FROM finish();
ROLLBACK;
