-- pgTAP: raw_data.recreate_payload_table, a raw table created again in the current shape with its rows.
BEGIN;
SELECT plan(13);

SELECT has_function('raw_data', 'recreate_payload_table', ARRAY['text']::name[], 'raw_data.recreate_payload_table(text) exists');
SELECT is((SELECT r.rolname::text FROM pg_proc p JOIN pg_roles r ON r.oid = p.proowner WHERE p.oid = 'raw_data.recreate_payload_table(text)'::regprocedure), 'mlb_owner', 'owned by mlb_owner');
SELECT ok(NOT has_function_privilege('mlb_agent', 'raw_data.recreate_payload_table(text)', 'execute'), 'the agent may not call it');

-- Rows of two seasons, one of them still queued for promotion.
SELECT raw_data.record_attempt('vsin', 'betting_splits', 'vsin_data', '2023-07-04:tap-recreate', now(), now(),
  p_http_status => 200, p_body => '<html>2023</html>', p_rendered_payload => '{"tables": [2023]}');
SELECT raw_data.record_attempt('vsin', 'betting_splits', 'vsin_data', '2024-07-04:tap-recreate', now(), now(),
  p_http_status => 200, p_body => '<html>2024</html>', p_rendered_payload => '{"tables": [2024]}');
DELETE FROM pipeline.promotion_queue q USING raw_data.vsin_data v
 WHERE q.raw_table = 'vsin_data' AND q.raw_id = v.id AND v.request_key = '2023-07-04:tap-recreate';
-- A migration runs in a transaction of its own; here the rows were stored in this one, so their deferred
-- checks against the collection log are run now, as a commit would, before the old table may be dropped.
SET CONSTRAINTS ALL IMMEDIATE;
CREATE TEMP TABLE before_rows AS SELECT id, season, request_key, body_sha256, body, payload, fetched_at FROM raw_data.vsin_data;
CREATE TEMP TABLE before_queue AS SELECT raw_table, raw_id FROM pipeline.promotion_queue;
GRANT SELECT ON before_rows TO mlb_owner;

SELECT throws_ok($$SELECT raw_data.recreate_payload_table('vsin_data')$$, '42501', NULL,
                 'only the owner may: a table created by anyone else would be theirs');
SET LOCAL ROLE mlb_owner;
SELECT is(raw_data.recreate_payload_table('vsin_data'), (SELECT count(*) FROM before_rows), 'it moves every row');
RESET ROLE;
SET CONSTRAINTS ALL DEFERRED;  -- as a new transaction would find them
SELECT set_eq($$SELECT id, season, request_key, body_sha256, body, payload, fetched_at FROM raw_data.vsin_data$$,
              $$SELECT * FROM before_rows$$, 'with its id, season, key, bytes, payload and fetch time');
SELECT set_eq($$SELECT raw_table, raw_id FROM pipeline.promotion_queue$$, $$SELECT * FROM before_queue$$,
              'the queue holds what it held: the moved rows are not queued again');
SELECT is((SELECT relkind FROM pg_class WHERE oid = 'raw_data.vsin_data'::regclass), 'p'::"char", 'the table is partitioned again');
SELECT ok(to_regclass('raw_data.vsin_data_2023') IS NOT NULL AND to_regclass('raw_data.vsin_data_2024') IS NOT NULL,
          'with the partitions of its seasons');
SELECT is_empty($$SELECT relname FROM pg_class WHERE relnamespace = 'raw_data'::regnamespace AND relname LIKE '%replaced%'$$,
                'nothing of the old table is left');
SELECT is((SELECT count(*) FROM raw_data.payloads('vsin_data') p WHERE p.request_key LIKE '%:tap-recreate'), 2::bigint, 'what reads it reads the moved rows');
SELECT ok(has_column_privilege('mlb_agent', 'raw_data.vsin_data', 'body_sha256', 'SELECT')
          AND NOT has_column_privilege('mlb_agent', 'raw_data.vsin_data', 'payload', 'SELECT'), 'the agent reads the dedupe columns only, as before');
SELECT cmp_ok((SELECT raw_id FROM raw_data.record_attempt('vsin', 'betting_splits', 'vsin_data', '2024-07-05:tap-recreate', now(), now(),
                 p_http_status => 200, p_body => '<html>new</html>', p_rendered_payload => '{"tables": ["new"]}')),
              '>', (SELECT max(id) FROM before_rows), 'new ids continue after the moved ones');

SELECT * FROM finish();
ROLLBACK;
