-- pgTAP: the contract of change raw_data/line_movements_raw (history points with the point before).
-- Behaviour is tested where it is exercised end to end (staging/promote, curated/rebuild, ...).
BEGIN;
SELECT plan(3);

SELECT has_view('raw_data', 'line_movements_raw', 'raw_data.line_movements_raw exists');
SELECT columns_are('raw_data', 'line_movements_raw', ARRAY['source', 'raw_table', 'raw_id', 'source_game_id', 'book_text', 'market', 'side_text', 'line_text', 'price_text', 'observed_at', 'previous_line_text', 'previous_price_text', 'previous_observed_at'], 'raw_data.line_movements_raw has exactly its documented columns');
SELECT view_owner_is('raw_data', 'line_movements_raw', 'mlb_owner', 'raw_data.line_movements_raw is owned by mlb_owner');

SELECT * FROM finish();
ROLLBACK;
