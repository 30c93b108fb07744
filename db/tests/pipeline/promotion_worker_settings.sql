-- pgTAP: the promotion workers setting exists, typed and bounded.
BEGIN;
SELECT plan(3);

SELECT results_eq($$SELECT value_type, min_value, max_value, default_value FROM pipeline.settings WHERE key = 'pipeline.promotion_workers'$$,
  $$VALUES ('integer', 1::numeric, 8::numeric, '1'::jsonb)$$, 'pipeline.promotion_workers: an integer from 1 to 8, 1 by default');
SELECT throws_ok($$UPDATE pipeline.settings SET value = '9' WHERE key = 'pipeline.promotion_workers'$$, '23514', NULL,
  'more than 8 workers is refused (there are 8 partitions and 8 jobs)');
SELECT lives_ok($$UPDATE pipeline.settings SET value = '2' WHERE key = 'pipeline.promotion_workers'$$, 'two workers may be set');

SELECT * FROM finish();
ROLLBACK;
