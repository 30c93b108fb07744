-- Deploy mlb:sources/sbro/payload_tables
-- Its raw payload tables: listed in raw_data.payload_tables with their parsers, and created.
BEGIN;
SET LOCAL ROLE mlb_owner;

INSERT INTO raw_data.payload_tables (raw_table, source, endpoints, description, rows_key, rows_type, needs_rows, expected,
                                     promotion_order, games_parser, lines_parser, splits_parser, books_parser, season_reader) VALUES
  ('sbro_odds', 'sbro', '{season_file}',
   'SportsbookReviewsOnline season spreadsheets: every sheet''s cells verbatim, header row included, one row per file.',
   'sheets', 'array', false, 'an object with a sheets array', 3,
   'raw_data.sbro_games(raw_data.payload)', 'raw_data.sbro_lines(raw_data.payload)', NULL, NULL, 'raw_data.sbro_season');
DO $$ BEGIN PERFORM raw_data.create_payload_table('sbro_odds'); END $$;

COMMIT;
