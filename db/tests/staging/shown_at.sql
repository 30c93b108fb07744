-- pgTAP: staging.shown_at (every moment a source showed a raw row's body).
-- Owner, rights, comment: db/tests/setup/.
BEGIN;
SELECT plan(4);
INSERT INTO raw_data.collection_log (source, endpoint, request_key, started_at, finished_at, http_status, outcome, raw_table, raw_id)
VALUES ('sbd', 'betting_splits', 'tap', '2033-05-05 12:10Z', '2033-05-05 12:10Z', 200, 'unchanged', 'sbd_betting_splits', -7),
       ('sbd', 'betting_splits', 'tap', '2033-05-05 12:20Z', '2033-05-05 12:20Z', 200, 'unchanged', 'sbd_betting_splits', -7),
       ('sbd', 'betting_splits', 'tap', '2033-05-05 12:25Z', '2033-05-05 12:25Z', 200, 'stored', 'sbd_betting_splits', -7),
       ('sbd', 'betting_splits', 'tap', '2033-05-05 12:30Z', '2033-05-05 12:30Z', 200, 'unchanged', 'sbd_betting_splits', -8),
       ('sbd', 'betting_splits', 'tap', '2033-05-05 12:40Z', '2033-05-05 12:40Z', 200, 'unchanged', 'action_network_odds', -7);
SELECT results_eq($$SELECT s FROM staging.shown_at('sbd_betting_splits', -7, '2033-05-05 12:00Z') s ORDER BY 1$$,
  $$VALUES ('2033-05-05 12:00Z'::timestamptz), ('2033-05-05 12:10Z'), ('2033-05-05 12:20Z')$$,
  'its own fetch and each unchanged fetch of its body');
SELECT results_eq($$SELECT s FROM staging.shown_at('sbd_betting_splits', -9, '2033-05-05 12:00Z') s$$,
  $$VALUES ('2033-05-05 12:00Z'::timestamptz)$$,
  'its own fetch alone when nothing came back unchanged (another body''s fetches do not count)');
SELECT is_empty($$SELECT s FROM staging.shown_at('sbd_betting_splits', -7, '2033-05-05 12:00Z') s WHERE s = '2033-05-05 12:25Z'$$,
  'only unchanged fetches are showings (the row''s own fetch is p_fetched_at)');
SELECT is_empty($$SELECT s FROM staging.shown_at('sbd_betting_splits', -7, '2033-05-05 12:00Z') s WHERE s = '2033-05-05 12:40Z'$$,
  'nor the fetch of a row with the same id in another raw table');
SELECT * FROM finish();
ROLLBACK;
