-- pgTAP: raw_data.action_network_books on the sample book catalogue (sample/action_network): payload in, entries out.
BEGIN;
SELECT plan(2);
\set bk `cat sample/action_network/*_books_books.json`
CREATE TEMP TABLE bk AS SELECT ROW('action_network_books', 1, 'books', '2025-06-14 12:00Z', 200, :'bk'::jsonb)::raw_data.payload AS p;
SELECT is((SELECT count(*)::int FROM bk, raw_data.action_network_books(p)), (SELECT jsonb_array_length((p).payload->'books') FROM bk), 'one entry per book');
SELECT results_eq($$SELECT book_key, book_name, brand_name, states, fetched_at FROM bk, raw_data.action_network_books(p) WHERE book_key IN ('15', '68') ORDER BY 1$$,
  $$VALUES ('15', 'Consensus', NULL::text, NULL::text[], '2025-06-14 12:00Z'::timestamptz), ('68', 'DK NJ', 'DraftKings', '{NJ}', '2025-06-14 12:00Z')$$,
  'the outlet id and name, its brand (parent_name) and states, when the catalogue was fetched');
SELECT * FROM finish();
ROLLBACK;
