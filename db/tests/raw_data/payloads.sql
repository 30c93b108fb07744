-- pgTAP: raw_data.payloads (raw payloads of every listed table in one shape): raw rows in, payloads out.
-- Owner, rights, comment: db/tests/setup/.
BEGIN;
SELECT plan(3);
\ir ../fixtures/sample_batch.psql

SELECT is((SELECT count(*)::int FROM raw_data.payloads()), (SELECT sum(row_count)::int FROM pipeline.raw_table_counts()), 'one per raw row of every table');
SELECT results_eq($$SELECT raw_table, request_key, fetched_at, http_status FROM raw_data.payloads('sbd_betting_splits') ORDER BY raw_id$$,
  $$VALUES ('sbd_betting_splits', '2025-06-14', timestamptz '2025-06-14 16:00Z', 200), ('sbd_betting_splits', '2025-06-13', '2025-06-13 16:00Z', 500),
           ('sbd_betting_splits', '2025-06-12', '2025-06-12 16:00Z', 200)$$, 'one table''s, with their key, fetch time and status');
SELECT is((SELECT payload->'games'->0->>'_id' FROM raw_data.payloads('sbd_betting_splits') WHERE request_key = '2025-06-14'),
  '20250614.01-MLB-TB@BAL', 'the payload as stored');
SELECT * FROM finish();
ROLLBACK;
