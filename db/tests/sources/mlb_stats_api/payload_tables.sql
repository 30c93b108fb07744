-- pgTAP: sources/mlb_stats_api/payload_tables: its raw tables, listed with their parsers.
BEGIN;
SELECT plan(2);
SELECT results_eq($$SELECT raw_table, endpoints, rows_key, rows_type, games_parser::text, lines_parser::text, splits_parser::text, books_parser::text
                      FROM raw_data.payload_tables WHERE source = 'mlb_stats_api' ORDER BY raw_table$$,
  $$VALUES ('mlb_stats_api', '{schedule}'::text[], 'dates', 'array', 'raw_data.mlb_stats_api_games(raw_data.payload)'::text, NULL::text, NULL::text, NULL::text)$$,
  'each endpoint''s bodies go to their table, whose parsers read them');
SELECT is((SELECT count(*)::int FROM raw_data.payload_tables p WHERE p.source = 'mlb_stats_api' AND to_regclass('raw_data.' || p.raw_table) IS NULL), 0,
  'every listed table exists');
SELECT * FROM finish();
ROLLBACK;
