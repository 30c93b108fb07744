-- Deploy mlb:sources/odds_api/payload_tables
-- Its raw payload tables: listed in raw_data.payload_tables with their parsers, and created.
BEGIN;
SET LOCAL ROLE mlb_owner;

INSERT INTO raw_data.payload_tables (raw_table, source, endpoints, description, rows_key, rows_type, needs_rows, expected,
                                     promotion_order, games_parser, lines_parser, splits_parser, books_parser, decimal_prices) VALUES
  ('odds_api_responses', 'odds_api', '{odds}',
   'The Odds API baseball_mlb odds responses (h2h, spreads, totals, American odds), verbatim. The API key is never stored.',
   NULL, 'array', false, 'an array of events', 5,
   'raw_data.odds_api_games(raw_data.payload)', 'raw_data.odds_api_lines(raw_data.payload)', NULL, NULL, true);
DO $$ BEGIN PERFORM raw_data.create_payload_table('odds_api_responses'); END $$;

COMMIT;
