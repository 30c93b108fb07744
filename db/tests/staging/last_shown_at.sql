-- pgTAP: staging.last_shown_at (when a source last showed a raw row's body).
BEGIN;
SELECT plan(4);
INSERT INTO raw_data.collection_log (source, endpoint, request_key, started_at, finished_at, http_status, outcome, raw_table, raw_id)
VALUES ('sbd', 'betting_splits', 'tap', '2033-05-05 12:10Z', '2033-05-05 12:10Z', 200, 'unchanged', 'sbd_betting_splits', -7),
       ('sbd', 'betting_splits', 'tap', '2033-05-05 12:20Z', '2033-05-05 12:20Z', 200, 'unchanged', 'sbd_betting_splits', -7),
       ('sbd', 'betting_splits', 'tap', '2033-05-05 12:30Z', '2033-05-05 12:30Z', 200, 'unchanged', 'sbd_betting_splits', -8);
SELECT is(staging.last_shown_at('sbd_betting_splits', -7, '2033-05-05 12:00Z'), '2033-05-05 12:20Z'::timestamptz,
  'the last unchanged fetch of its body');
SELECT is(staging.last_shown_at('sbd_betting_splits', -7, '2033-05-05 12:00Z', '2033-05-05 12:15Z'), '2033-05-05 12:10Z'::timestamptz,
  'up to p_until');
SELECT is(staging.last_shown_at('sbd_betting_splits', -9, '2033-05-05 12:00Z'), '2033-05-05 12:00Z'::timestamptz,
  'its own fetch when nothing came back unchanged (another body''s fetches do not count)');
SELECT is(staging.last_shown_at('sbd_betting_splits', -9, '2033-05-05 12:00Z', '2033-05-05 11:00Z'), NULL,
  'nothing before p_until');
SELECT * FROM finish();
ROLLBACK;
