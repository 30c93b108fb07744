-- pgTAP: the contract of change curated/betting_lines_enhanced (open, close and latest per book, market and side).
-- Behaviour is tested where it is exercised end to end (staging/promote, curated/rebuild, ...).
BEGIN;
SELECT plan(3);

SELECT has_table('curated', 'betting_lines_enhanced', 'curated.betting_lines_enhanced exists');
SELECT columns_are('curated', 'betting_lines_enhanced', ARRAY['game_id', 'sportsbook_id', 'market', 'side', 'is_bettable', 'open_line', 'open_price', 'open_at', 'close_line', 'close_price', 'close_at', 'latest_line', 'latest_price', 'latest_at', 'line_move', 'implied_probability_move', 'close_overround', 'close_hold', 'close_fair_probability', 'close_fair_probability_additive', 'observations', 'close_line_id', 'raw_table', 'raw_id', 'pipeline_run_id', 'close_confirmed_at', 'close_refusal'], 'curated.betting_lines_enhanced has exactly its documented columns');
SELECT table_owner_is('curated', 'betting_lines_enhanced', 'mlb_owner', 'curated.betting_lines_enhanced is owned by mlb_owner');

SELECT * FROM finish();
ROLLBACK;
