-- pgTAP: record_attempt keeps one lockable row per raw table and request key.
BEGIN;
SELECT plan(4);
SELECT has_table('raw_data', 'request_keys', 'raw_data.request_keys exists');
SELECT columns_are('raw_data', 'request_keys', ARRAY['raw_table', 'request_key', 'first_seen_at'], 'its columns');
SELECT raw_data.record_attempt('sbd', 'betting_splits', 'sbd_betting_splits', 'tap-key-1', now(), now(), p_http_status => 200, p_body => '{"games": []}');
SELECT raw_data.record_attempt('sbd', 'betting_splits', 'sbd_betting_splits', 'tap-key-1', now(), now(), p_http_status => 200, p_body => '{"games": [], "x": 1}');
SELECT is((SELECT count(*) FROM raw_data.request_keys WHERE raw_table = 'sbd_betting_splits' AND request_key = 'tap-key-1'), 1::bigint,
  'one row per key, however many attempts');
SELECT ok(NOT has_table_privilege('mlb_agent', 'raw_data.request_keys', 'UPDATE'), 'the agent cannot lock it');
SELECT * FROM finish();
ROLLBACK;
