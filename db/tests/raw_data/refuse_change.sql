-- pgTAP: raw_data/refuse_change (raw rows and the collection log are append-only): writes in, refusals out.
-- Owner, rights and comment: db/tests/setup/.
BEGIN;
SELECT plan(6);
SELECT raw_data.record_attempt('sbd', 'betting_splits', 'sbd_betting_splits', '1931-07-04', '1931-07-04 12:00Z', '1931-07-04 12:00Z',
                               p_http_status => 200, p_body => '{"games": [], "k": "refuse"}');
SELECT throws_ok($$UPDATE raw_data.sbd_betting_splits SET request_key = 'x' WHERE request_key = '1931-07-04'$$, '42501',
  'raw_data.sbd_betting_splits is append-only: UPDATE refused', 'a raw row is never changed, the table named (not its season partition)');
SELECT throws_ok($$DELETE FROM raw_data.sbd_betting_splits WHERE request_key = '1931-07-04'$$, '42501',
  'raw_data.sbd_betting_splits is append-only: DELETE refused', 'nor deleted');
SET CONSTRAINTS ALL IMMEDIATE;
SELECT throws_ok($$TRUNCATE raw_data.sbd_betting_splits$$, '42501', NULL, 'nor truncated');
SELECT throws_ok($$UPDATE raw_data.collection_log SET error_text = 'x' WHERE request_key = '1931-07-04'$$, '42501',
  'raw_data.collection_log is append-only: UPDATE refused', 'the collection log likewise');
SET LOCAL mlb.raw_retention_entry = '1';
SELECT throws_ok($$DELETE FROM raw_data.sbd_betting_splits WHERE request_key = '1931-07-04'$$, '42501', NULL,
  'the setting alone opens nothing: only the retention function''s own logged entry lets its delete through');
SELECT is((SELECT count(*)::int FROM raw_data.sbd_betting_splits WHERE request_key = '1931-07-04'), 1, 'the row is there as stored');
SELECT * FROM finish();
ROLLBACK;
