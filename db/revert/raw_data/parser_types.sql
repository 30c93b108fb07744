-- Revert mlb:raw_data/parser_types
BEGIN;
SET LOCAL ROLE mlb_owner;
DROP TYPE raw_data.stated_book;
DROP TYPE raw_data.stated_split;
DROP TYPE raw_data.stated_line;
DROP TYPE raw_data.stated_game;
DROP TYPE raw_data.payload;
COMMIT;
