-- pgTAP: the contract of change curated/closing_lines (behaviour on a graded game: tests/curated/game_board.sql).
BEGIN;
SELECT plan(4);

SELECT has_view('curated', 'closing_lines', 'curated.closing_lines exists');
SELECT columns_are('curated', 'closing_lines', ARRAY['game_id','game_date','start_time','matchup','market','side','pick','line','books','fair_probability','fair_price','fair_probability_move','best_close_price','best_close_book','best_pregame_price','best_pregame_book','best_pregame_at','book_dispersion','result'], 'curated.closing_lines has exactly its documented columns');
SELECT view_owner_is('curated', 'closing_lines', 'mlb_owner', 'curated.closing_lines is owned by mlb_owner');
SELECT ok(has_table_privilege('mlb_analyst', 'curated.closing_lines', 'SELECT'), 'the analyst reads curated.closing_lines');

SELECT * FROM finish();
ROLLBACK;
