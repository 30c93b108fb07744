-- Deploy mlb:sources/mlb_stats_api/payload_tables
-- Its raw payload tables: listed in raw_data.payload_tables with their parsers, and created.
BEGIN;
SET LOCAL ROLE mlb_owner;

INSERT INTO raw_data.payload_tables (raw_table, source, endpoints, description, rows_key, rows_type, needs_rows, expected,
                                     promotion_order, games_parser, lines_parser, splits_parser, books_parser) VALUES
  ('mlb_stats_api', 'mlb_stats_api', '{schedule}', 'MLB Stats API schedule responses (date or date range, with linescore), verbatim.',
   'dates', 'array', false, 'an object with a dates array', 2,
   'raw_data.mlb_stats_api_games(raw_data.payload)', NULL, NULL, NULL);
DO $$ BEGIN PERFORM raw_data.create_payload_table('mlb_stats_api'); END $$;

COMMIT;
