-- Deploy mlb:sources/action_network/payload_tables
-- Its raw payload tables: listed in raw_data.payload_tables with their parsers, and created.
BEGIN;
SET LOCAL ROLE mlb_owner;

INSERT INTO raw_data.payload_tables (raw_table, source, endpoints, description, rows_key, rows_type, needs_rows, expected,
                                     promotion_order, games_parser, lines_parser, splits_parser, books_parser) VALUES
  ('action_network_books', 'action_network', '{books}',
   'Action Network book catalogue (/web/v1/books): ids and names of every book, verbatim.',
   'books', 'array', false, 'an object with a books array', 1,
   NULL, NULL, NULL, 'raw_data.action_network_books(raw_data.payload)'),
  ('action_network_games', 'action_network', '{scoreboard}',
   'Action Network MLB scoreboard per date (/web/v2/scoreboard/publicbetting/mlb): games, teams, lines and public betting per book, verbatim.',
   'games', 'array', false, 'an object with a games array', 4,
   'raw_data.action_network_games(raw_data.payload)', 'raw_data.action_network_lines(raw_data.payload)',
   'raw_data.action_network_splits(raw_data.payload)', NULL),
  ('action_network_odds', 'action_network', '{history}',
   'Action Network line history per game (/web/v2/markets/event/{game_id}/history), keyed by book id, verbatim. request_key is the game id.',
   NULL, 'object', false, 'an object of books', 6,
   NULL, 'raw_data.action_network_history_lines(raw_data.payload)', NULL, NULL);
DO $$ BEGIN
  PERFORM raw_data.create_payload_table('action_network_books');
  PERFORM raw_data.create_payload_table('action_network_games');
  PERFORM raw_data.create_payload_table('action_network_odds');
END $$;

COMMIT;
