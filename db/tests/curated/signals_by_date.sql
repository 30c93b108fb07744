-- pgTAP: the contract of change curated/signals_by_date (behaviour on a graded game: tests/curated/game_board.sql).
BEGIN;
SELECT plan(4);

SELECT has_view('curated', 'signals_by_date', 'curated.signals_by_date exists');
SELECT columns_are('curated', 'signals_by_date', ARRAY['game_date','game_id','start_time','matchup','signal','market','side','pick','known_at','minutes_before_first_pitch','strength','details','close_line','result'], 'curated.signals_by_date has exactly its documented columns');
SELECT view_owner_is('curated', 'signals_by_date', 'mlb_owner', 'curated.signals_by_date is owned by mlb_owner');
SELECT ok(has_table_privilege('mlb_analyst', 'curated.signals_by_date', 'SELECT'), 'the analyst reads curated.signals_by_date');

SELECT * FROM finish();
ROLLBACK;
