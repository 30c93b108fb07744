-- Deploy mlb:sources/vsin/payload_tables
-- Its raw payload tables: listed in raw_data.payload_tables with their parsers, and created.
BEGIN;
SET LOCAL ROLE mlb_owner;

INSERT INTO raw_data.payload_tables (raw_table, source, endpoints, description, rows_key, rows_type, needs_rows, expected,
                                     promotion_order, games_parser, lines_parser, splits_parser, books_parser) VALUES
  ('vsin_data', 'vsin', '{betting_splits}',
   'VSIN MLB betting split pages per view: the HTML verbatim in body_text and a lossless JSON rendering of its tables in payload.',
   'tables', 'array', true, 'a page with at least one table', 5,
   'raw_data.vsin_games(raw_data.payload)', 'raw_data.vsin_lines(raw_data.payload)', 'raw_data.vsin_splits(raw_data.payload)', NULL);
DO $$ BEGIN PERFORM raw_data.create_payload_table('vsin_data'); END $$;

COMMIT;
