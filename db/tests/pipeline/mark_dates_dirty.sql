-- pgTAP: pipeline/mark_dates_dirty (staging writes mark their dates and games for a curated rebuild):
-- rows in, marks out. Owner, rights and comment: db/tests/setup/.
BEGIN;
SELECT plan(3);
\ir ../fixtures/one_game_and_book.psql
SELECT set_eq($$SELECT game_date, game_id FROM pipeline.dirty_dates WHERE game_date = '2031-01-01'$$,
  $$SELECT date '2031-01-01', game_id FROM tap_refs$$, 'a new game marks its date and itself');
SELECT pg_temp.add_line(game_id, sportsbook_id, 'sbd', run_id) FROM tap_refs;
SELECT pg_temp.add_line(game_id, sportsbook_id, 'sbd', run_id, -130) FROM tap_refs;
SELECT is((SELECT count(*)::int FROM pipeline.dirty_dates WHERE game_date = '2031-01-01'), 1,
  'more writes in the same transaction add no mark: one per date, game and transaction');
UPDATE staging.games SET status = 'postponed' WHERE game_id = (SELECT game_id FROM tap_refs);
SELECT is((SELECT count(*)::int FROM pipeline.dirty_dates WHERE game_date = '2031-01-01' AND marked_by = pg_current_xact_id()), 1,
  'an update marks it too (the same mark)');
SELECT * FROM finish();
ROLLBACK;
