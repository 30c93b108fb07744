-- pgTAP: the contract of change raw_data/parser_types (common signature of the source parsers: payload in, stated games, lines, splits, books out).
-- Behaviour is tested where it is exercised end to end (staging/promote, curated/rebuild, ...).
BEGIN;
SELECT plan(5);

SELECT has_type('raw_data', 'payload', 'raw_data.payload exists');
SELECT has_type('raw_data', 'stated_game', 'raw_data.stated_game exists');
SELECT has_type('raw_data', 'stated_line', 'raw_data.stated_line exists');
SELECT has_type('raw_data', 'stated_split', 'raw_data.stated_split exists');
SELECT has_type('raw_data', 'stated_book', 'raw_data.stated_book exists');

SELECT * FROM finish();
ROLLBACK;
