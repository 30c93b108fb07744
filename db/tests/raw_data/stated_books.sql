-- pgTAP: raw_data.stated_books (the books a raw table states, through its parser): raw rows in, the parser's rows out.
-- Owner, rights, comment: db/tests/setup/.
BEGIN;
SELECT plan(3);
\ir ../fixtures/sample_batch.psql

SELECT is((SELECT count(*)::int FROM raw_data.stated_books('action_network_books', ARRAY(SELECT raw_id FROM promotion_batch WHERE raw_table = 'action_network_books'))),
          (SELECT count(*)::int FROM raw_data.payloads('action_network_books') p, raw_data.action_network_books(p) x), 'every row its parser states of the given raw rows');
SELECT is((SELECT count(*)::int FROM raw_data.stated_books('action_network_books', ARRAY[-1]::bigint[])), 0, 'none of other rows');
SELECT is((SELECT count(*)::int FROM raw_data.stated_books('mlb_stats_api' || '', NULL)) = 0, true,
  'a table without a book parser states none');
SELECT * FROM finish();
ROLLBACK;
