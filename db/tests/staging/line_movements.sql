-- pgTAP: the contract of change staging/line_movements (price and line changes).
-- Behaviour is tested where it is exercised end to end (staging/promote, curated/rebuild, ...).
BEGIN;
SELECT plan(3);

SELECT has_view('staging', 'line_movements', 'staging.line_movements exists');
SELECT columns_are('staging', 'line_movements', ARRAY['game_id', 'sportsbook_id', 'market', 'side', 'source', 'previous_line', 'new_line', 'previous_price', 'new_price', 'moved_at', 'minutes_since_last_change', 'implied_probability_change', 'is_live', 'line_id', 'raw_table', 'raw_id', 'pipeline_run_id'], 'staging.line_movements has exactly its documented columns');
SELECT view_owner_is('staging', 'line_movements', 'mlb_owner', 'staging.line_movements is owned by mlb_owner');

SELECT * FROM finish();
ROLLBACK;
