-- pgTAP: the contract of change raw_data/payload_tables (the one list of raw payload tables, their shapes and parsers).
-- Behaviour is tested where it is exercised end to end (staging/promote, curated/rebuild, ...).
BEGIN;
SELECT plan(3);

SELECT has_table('raw_data', 'payload_tables', 'raw_data.payload_tables exists');
SELECT columns_are('raw_data', 'payload_tables', ARRAY['raw_table', 'source', 'endpoints', 'description', 'rows_key', 'rows_type', 'needs_rows', 'expected', 'promotion_order', 'games_parser', 'lines_parser', 'splits_parser', 'books_parser', 'decimal_prices', 'season_reader', 'price_format_param', 'elements_path'], 'raw_data.payload_tables has exactly its documented columns');
SELECT table_owner_is('raw_data', 'payload_tables', 'mlb_owner', 'raw_data.payload_tables is owned by mlb_owner');

SELECT * FROM finish();
ROLLBACK;
