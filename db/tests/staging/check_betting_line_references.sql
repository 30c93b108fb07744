-- pgTAP: staging/check_betting_line_references (the references of betting lines, checked per statement like foreign keys): rows in, refusals and rows out. Owner, rights and comment: db/tests/setup/.
BEGIN;
SELECT plan(6);
\ir ../fixtures/one_game_and_book.psql

SELECT lives_ok($$SELECT pg_temp.add_line(game_id, sportsbook_id, 'sbd', run_id) FROM tap_refs$$, 'a line whose references exist');
SELECT throws_ok($$SELECT pg_temp.add_line(-1, sportsbook_id, 'sbd', run_id, -130) FROM tap_refs$$, '23503', NULL,
                 'a line of a game that does not exist is refused');
SELECT throws_ok($$SELECT pg_temp.add_line(game_id, -1, 'sbd', run_id, -130) FROM tap_refs$$, '23503', NULL,
                 'a line of a sportsbook that does not exist is refused');
SELECT throws_ok($$SELECT pg_temp.add_line(game_id, sportsbook_id, 'no_such_source', run_id, -130) FROM tap_refs$$, '23503', NULL,
                 'a line of a source that does not exist is refused');
SELECT throws_ok($$SELECT pg_temp.add_line(game_id, sportsbook_id, 'sbd', -1, -130) FROM tap_refs$$, '23503', NULL,
                 'a line of a run that does not exist is refused');
SELECT throws_ok($$UPDATE staging.betting_lines SET sportsbook_id = -1 WHERE game_id = (SELECT game_id FROM tap_refs)$$, '23503', NULL,
                 'an update cannot point a line at a missing sportsbook');

SELECT * FROM finish();
ROLLBACK;
