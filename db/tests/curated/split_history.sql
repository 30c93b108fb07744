-- pgTAP: the contract of change curated/split_history (behaviour on a graded game: tests/curated/game_board.sql).
BEGIN;
SELECT plan(4);

SELECT has_view('curated', 'split_history', 'curated.split_history exists');
SELECT columns_are('curated', 'split_history', ARRAY['game_id','game_date','matchup','source','book','market','side','pick','bets_percent','money_percent','money_minus_bets','bet_count','observed_at','minutes_before_first_pitch','split_id','raw_table','raw_id'], 'curated.split_history has exactly its documented columns');
SELECT view_owner_is('curated', 'split_history', 'mlb_owner', 'curated.split_history is owned by mlb_owner');
SELECT ok(has_table_privilege('mlb_analyst', 'curated.split_history', 'SELECT'), 'the analyst reads curated.split_history');

SELECT * FROM finish();
ROLLBACK;
