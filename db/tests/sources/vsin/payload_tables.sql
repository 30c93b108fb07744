-- pgTAP: sources/vsin/payload_tables: its raw tables, listed with their parsers.
BEGIN;
SELECT plan(2);
SELECT results_eq($$SELECT raw_table, endpoints, rows_key, rows_type, games_parser::text, lines_parser::text, splits_parser::text, books_parser::text
                      FROM raw_data.payload_tables WHERE source = 'vsin' ORDER BY raw_table$$,
  $$VALUES ('vsin_data', '{betting_splits}'::text[], 'tables', 'array', 'raw_data.vsin_games(raw_data.payload)'::text, 'raw_data.vsin_lines(raw_data.payload)'::text, 'raw_data.vsin_splits(raw_data.payload)'::text, NULL::text)$$,
  'each endpoint''s bodies go to their table, whose parsers read them');
SELECT is((SELECT count(*)::int FROM raw_data.payload_tables p WHERE p.source = 'vsin' AND to_regclass('raw_data.' || p.raw_table) IS NULL), 0,
  'every listed table exists');
SELECT * FROM finish();
ROLLBACK;
