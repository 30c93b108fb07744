-- Verify mlb:raw_data/parser_types
BEGIN;
SELECT 'raw_data.payload'::regtype;
SELECT 'raw_data.stated_game'::regtype;
SELECT 'raw_data.stated_line'::regtype;
SELECT 'raw_data.stated_split'::regtype;
SELECT 'raw_data.stated_book'::regtype;
ROLLBACK;
