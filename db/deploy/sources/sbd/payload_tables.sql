-- Deploy mlb:sources/sbd/payload_tables
-- Its raw payload tables: listed in raw_data.payload_tables with their parsers, and created.
BEGIN;
SET LOCAL ROLE mlb_owner;

INSERT INTO raw_data.payload_tables (raw_table, source, endpoints, description, rows_key, rows_type, needs_rows, expected,
                                     promotion_order, games_parser, lines_parser, splits_parser, books_parser) VALUES
  ('sbd_betting_splits', 'sbd', '{betting_splits}', 'SportsBettingDime MLB betting splits and odds per book, verbatim.',
   'games', 'array', false, 'an object with a games array', 5,
   'raw_data.sbd_games(raw_data.payload)', 'raw_data.sbd_lines(raw_data.payload)', 'raw_data.sbd_splits(raw_data.payload)', NULL);
DO $$ BEGIN PERFORM raw_data.create_payload_table('sbd_betting_splits'); END $$;

COMMIT;
