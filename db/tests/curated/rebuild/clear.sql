-- pgTAP: curated.rebuild_clear (the rows of the games being rebuilt cleared): a staged game in (fixtures/steam_game.psql), rebuilt by curated.rebuild,
-- what the step writes out. Owner, rights, comment: db/tests/setup/.
BEGIN;
SELECT plan(2);
SET LOCAL client_min_messages = warning;
\ir ../../fixtures/steam_game.psql
SELECT curated.rebuild('2031-09-01');
CREATE TEMP TABLE first AS SELECT (SELECT count(*) FROM curated.market_consensus WHERE game_id = (SELECT game_id FROM tap_game)) AS consensus,
                                  (SELECT count(*) FROM curated.strategy_results WHERE game_id = (SELECT game_id FROM tap_game)) AS bets;
SELECT curated.rebuild('2031-09-01');
SELECT results_eq($$SELECT (SELECT count(*) FROM curated.market_consensus WHERE game_id = (SELECT game_id FROM tap_game)),
                           (SELECT count(*) FROM curated.strategy_results WHERE game_id = (SELECT game_id FROM tap_game))$$,
  $$SELECT consensus, bets FROM first$$, 'a second rebuild replaces, never adds');
DELETE FROM staging.betting_lines WHERE game_id = (SELECT game_id FROM tap_game) AND market = 'total';
SELECT curated.rebuild('2031-09-01');
SELECT is((SELECT count(*)::int FROM curated.market_consensus WHERE game_id = (SELECT game_id FROM tap_game) AND market = 'total'), 0,
  'what staging no longer has is gone from curated');
SELECT * FROM finish();
ROLLBACK;
