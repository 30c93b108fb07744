-- pgTAP: pipeline/raw_table_counts (rows and newest fetch per raw table): rows in, rows out. Owner, rights and comment: db/tests/setup/.
BEGIN;
SELECT plan(2);

-- Rows in, counts out.
SELECT raw_data.record_attempt('sbd', 'betting_splits', 'sbd_betting_splits', k, t, t, p_http_status => 200,
                               p_body => format('{"games": [], "k": "%s"}', k))
  FROM (VALUES ('1931-07-01', '1931-07-01 12:00Z'::timestamptz), ('1931-07-02', '1931-07-02 12:00Z')) v(k, t);
SELECT results_eq($$SELECT row_count, newest_fetch FROM pipeline.raw_table_counts() WHERE raw_table = 'sbd_betting_splits'$$,
  $$SELECT count(*), max(fetched_at) FROM raw_data.sbd_betting_splits$$, 'each raw table''s rows and newest fetch');
SELECT is((SELECT count(*)::int FROM pipeline.raw_table_counts()), (SELECT count(*)::int FROM raw_data.payload_tables), 'one row per listed table');

SELECT * FROM finish();
ROLLBACK;
