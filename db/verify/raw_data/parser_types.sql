-- Verify mlb:raw_data/parser_types (reworked after v0.2.1): a catalogue entry states its brand, states and legality.
BEGIN;
SELECT (NULL::raw_data.stated_book).brand_name, (NULL::raw_data.stated_book).states, (NULL::raw_data.stated_book).is_legal,
       (NULL::raw_data.stated_book).fetched_at, (NULL::raw_data.stated_book).brand_id;
ROLLBACK;
