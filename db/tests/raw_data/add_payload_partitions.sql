-- pgTAP: raw_data.add_payload_partitions, a season's partition of a raw payload table.
BEGIN;
SELECT plan(9);

SELECT ok(NOT has_function_privilege('mlb_agent', 'raw_data.add_payload_partitions(text, int[])', 'execute')
          AND NOT has_function_privilege('mlb_analyst', 'raw_data.add_payload_partitions(text, int[])', 'execute'),
          'neither the agent nor the analyst may call it (record_attempt does, as the owner)');

-- A season no test or payload uses: created once, whatever the array repeats.
SELECT is(raw_data.add_payload_partitions('sbd_betting_splits', ARRAY[1903, 1903, NULL]), 1, 'one partition for a new season');
SELECT is(raw_data.add_payload_partitions('sbd_betting_splits', ARRAY[1903]), 0, '... and none the second time');
SELECT is((SELECT i.inhparent::regclass::text FROM pg_inherits i WHERE i.inhrelid = 'raw_data.sbd_betting_splits_1903'::regclass),
          'raw_data.sbd_betting_splits', 'it is a partition of its raw table');
SELECT is(pg_get_expr(c.relpartbound, c.oid), 'FOR VALUES IN (1903)', 'for its season')
  FROM pg_class c WHERE c.oid = 'raw_data.sbd_betting_splits_1903'::regclass;
SELECT is((SELECT count(*)::int FROM pg_attribute a WHERE a.attrelid = 'raw_data.sbd_betting_splits_1903'::regclass AND a.attnum > 0
             AND NOT a.attisdropped AND col_description(a.attrelid, a.attnum) IS NULL), 0, 'every column keeps its comment');

-- Append-only in the partition too.
SELECT throws_ok($$TRUNCATE raw_data.sbd_betting_splits_1903$$, '42501', 'raw_data.sbd_betting_splits is append-only: TRUNCATE refused',
                 'the partition cannot be truncated, and the message names its raw table');
SELECT raw_data.record_attempt('sbd', 'betting_splits', 'sbd_betting_splits', '1903-06-01', now(), now(), p_http_status => 200, p_body => '{"games": []}');
SELECT throws_ok($$UPDATE raw_data.sbd_betting_splits_1903 SET body_text = 'x'$$, '42501', 'raw_data.sbd_betting_splits is append-only: UPDATE refused',
                 'its rows cannot be updated through the partition');
SELECT throws_ok($$DELETE FROM raw_data.sbd_betting_splits_1903$$, '42501', 'raw_data.sbd_betting_splits is append-only: DELETE refused',
                 '... nor deleted');

SELECT * FROM finish();
ROLLBACK;
