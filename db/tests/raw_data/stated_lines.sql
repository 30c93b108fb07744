-- pgTAP: raw_data.stated_lines (the lines a raw table states, through its parser): raw rows in, the parser's rows out.
-- Owner, rights, comment: db/tests/setup/.
BEGIN;
SELECT plan(4);
\ir ../fixtures/sample_batch.psql

SELECT is((SELECT count(*)::int FROM raw_data.stated_lines('sbd_betting_splits', ARRAY(SELECT raw_id FROM promotion_batch WHERE raw_table = 'sbd_betting_splits'))),
          (SELECT count(*)::int FROM raw_data.payloads('sbd_betting_splits') p, raw_data.sbd_lines(p) x), 'every row its parser states of the given raw rows');
SELECT is((SELECT count(*)::int FROM raw_data.stated_lines('sbd_betting_splits', ARRAY[-1]::bigint[])), 0, 'none of other rows');
SELECT is((SELECT count(*)::int FROM raw_data.stated_lines('mlb_stats_api' || '', NULL)) = 0, true,
  'a table without a line parser states none');
SELECT is((SELECT prorows FROM pg_proc WHERE oid = 'raw_data.stated_lines(text, bigint[])'::regprocedure), 20000::real,
  'planned as a promotion batch''s prices (20,000 rows), not the default 1,000');
SELECT * FROM finish();
ROLLBACK;
