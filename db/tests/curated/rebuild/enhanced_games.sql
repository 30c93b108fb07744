-- pgTAP: curated.rebuild_enhanced_games (games and results): a staged game in (fixtures/steam_game.psql), rebuilt by curated.rebuild,
-- what the step writes out. Owner, rights, comment: db/tests/setup/.
BEGIN;
SELECT plan(1);
SET LOCAL client_min_messages = warning;
\ir ../../fixtures/steam_game.psql
SELECT curated.rebuild('2031-09-01');
SELECT results_eq($$SELECT home_team, away_team, status, home_score, away_score, total_runs, winner, home_margin, has_result, season
                      FROM curated.enhanced_games WHERE game_id = (SELECT game_id FROM tap_game)$$,
  $$VALUES ('NYY', 'BOS', 'final', 5, 3, 8, 'home', 2, true, 2031)$$, 'the final with its winner, margin and total');
SELECT * FROM finish();
ROLLBACK;
