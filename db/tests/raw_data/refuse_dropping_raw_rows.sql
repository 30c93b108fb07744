-- pgTAP: raw_data.refuse_dropping_raw_rows, rows in, refusal out.
BEGIN;
SELECT plan(4);

SELECT lives_ok($$SELECT raw_data.refuse_dropping_raw_rows(ARRAY['sbd_betting_splits', 'no_such_table'])$$,
  'empty and missing tables may be dropped');
SELECT raw_data.record_attempt('sbd', 'betting_splits', 'sbd_betting_splits', '1931-07-01', '1931-07-01 12:00Z',
                               '1931-07-01 12:00Z', p_http_status => 200, p_body => '{"games": []}');
SELECT throws_ok($$SELECT raw_data.refuse_dropping_raw_rows(ARRAY['collection_log', 'sbd_betting_splits'])$$,
  'P0001', 'refusing to drop raw_data.collection_log: it holds raw payloads', 'a table holding rows stops the revert, named');
SET LOCAL mlb.revert_drops_raw_data = 'yes';
SELECT lives_ok($$SELECT raw_data.refuse_dropping_raw_rows(ARRAY['collection_log', 'sbd_betting_splits'])$$,
  'an explicit yes lets it through');
SET LOCAL mlb.revert_drops_raw_data = 'no';
SELECT throws_ok($$SELECT raw_data.refuse_dropping_raw_rows(ARRAY['sbd_betting_splits'])$$,
  'P0001', 'refusing to drop raw_data.sbd_betting_splits: it holds raw payloads', 'anything but yes refuses');

SELECT * FROM finish();
ROLLBACK;
