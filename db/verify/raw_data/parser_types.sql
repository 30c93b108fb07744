-- Verify mlb:raw_data/parser_types
BEGIN;
SELECT 'raw_data.payload'::regtype;
SELECT 'raw_data.stated_game'::regtype;
SELECT 'raw_data.stated_line'::regtype;
SELECT 'raw_data.stated_split'::regtype;
SELECT 'raw_data.stated_book'::regtype;
SELECT (NULL::raw_data.stated_book).brand_name, (NULL::raw_data.stated_book).states, (NULL::raw_data.stated_book).is_legal,
       (NULL::raw_data.stated_book).fetched_at, (NULL::raw_data.stated_book).brand_id;
ROLLBACK;
