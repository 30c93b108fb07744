-- pgTAP: staging/delete_lines_of_deleted_games (a deleted game takes its lines): rows in, refusals and rows out. Owner, rights and comment: db/tests/setup/.
BEGIN;
SELECT plan(2);
\ir ../fixtures/one_game_and_book.psql
SELECT pg_temp.add_line(game_id, sportsbook_id, 'sbd', run_id) FROM tap_refs;
SELECT is((SELECT count(*) FROM staging.betting_lines WHERE game_id = (SELECT game_id FROM tap_refs)), 1::bigint, 'the game has a line');
DELETE FROM staging.games WHERE game_id = (SELECT game_id FROM tap_refs);
SELECT is((SELECT count(*) FROM staging.betting_lines WHERE game_id = (SELECT game_id FROM tap_refs)), 0::bigint,
          'deleting a game deletes its lines');

SELECT * FROM finish();
ROLLBACK;
