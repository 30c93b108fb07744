-- pgTAP: curated.rebuild_steam (steam): a staged game in (fixtures/steam_game.psql), rebuilt by curated.rebuild,
-- what the step writes out. Owner, rights, comment: db/tests/setup/.
BEGIN;
SELECT plan(2);
SET LOCAL client_min_messages = warning;
\ir ../../fixtures/steam_game.psql
SELECT curated.rebuild('2031-09-01');
SELECT results_eq($$SELECT m.market, m.side, m.detected_at, m.books, b.book_key, round(m.size, 6) FROM curated.movement_analysis m
                      JOIN staging.sportsbooks b ON b.sportsbook_id = m.first_mover_sportsbook_id
                     WHERE m.game_id = (SELECT game_id FROM tap_game) AND m.movement_type = 'steam'$$,
  $$VALUES ('moneyline', 'home', timestamptz '2031-09-01 21:05Z', 3, 'draftkings', 0.037879)$$,
  'three books moving home -120 -> -140 within ten minutes: known when the third moved, DraftKings first, 3.8 points');
SELECT is((SELECT count(*)::int FROM curated.movement_analysis WHERE game_id = (SELECT game_id FROM tap_game) AND movement_type = 'steam'), 1, 'and no other steam (Caesars did not move, the total did not)');
SELECT * FROM finish();
ROLLBACK;
