-- pgTAP: staging/refuse_deleting_referenced_parents (a parent of betting lines cannot go while referenced): rows in, refusals and rows out. Owner, rights and comment: db/tests/setup/.
BEGIN;
SELECT plan(2);
\ir ../fixtures/one_game_and_book.psql
SELECT pg_temp.add_line(game_id, sportsbook_id, 'sbd', run_id) FROM tap_refs;

SELECT throws_ok($$DELETE FROM staging.sportsbooks WHERE sportsbook_id = (SELECT sportsbook_id FROM tap_refs)$$, '23503', NULL,
                 'a sportsbook with lines cannot be deleted');
SELECT throws_ok($$DELETE FROM pipeline.runs WHERE id = (SELECT run_id FROM tap_refs)$$, '23503', NULL,
                 'a run that wrote lines cannot be deleted');

SELECT * FROM finish();
ROLLBACK;
