-- pgTAP: sources/action_network/payload_tables: its raw tables, listed with their parsers.
BEGIN;
SELECT plan(2);
SELECT results_eq($$SELECT raw_table, endpoints, rows_key, rows_type, games_parser::text, lines_parser::text, splits_parser::text, books_parser::text
                      FROM raw_data.payload_tables WHERE source = 'action_network' ORDER BY raw_table$$,
  $$VALUES ('action_network_books', '{books}'::text[], 'books', 'array', NULL::text, NULL::text, NULL::text, 'raw_data.action_network_books(raw_data.payload)'::text),
           ('action_network_games', '{scoreboard}'::text[], 'games', 'array', 'raw_data.action_network_games(raw_data.payload)'::text, 'raw_data.action_network_lines(raw_data.payload)'::text, 'raw_data.action_network_splits(raw_data.payload)'::text, NULL::text),
           ('action_network_odds', '{history}'::text[], NULL, 'object', NULL::text, 'raw_data.action_network_history_lines(raw_data.payload)'::text, NULL::text, NULL::text)$$,
  'each endpoint''s bodies go to their table, whose parsers read them');
SELECT is((SELECT count(*)::int FROM raw_data.payload_tables p WHERE p.source = 'action_network' AND to_regclass('raw_data.' || p.raw_table) IS NULL), 0,
  'every listed table exists');
SELECT * FROM finish();
ROLLBACK;
