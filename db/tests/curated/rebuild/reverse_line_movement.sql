-- pgTAP: curated.rebuild_reverse_line_movement (reverse line movement): a staged game in (fixtures/steam_game.psql), rebuilt by curated.rebuild,
-- what the step writes out. Owner, rights, comment: db/tests/setup/.
BEGIN;
SELECT plan(2);
SET LOCAL client_min_messages = warning;
\ir ../../fixtures/steam_game.psql
SELECT curated.rebuild('2031-09-01');
SELECT results_eq($$SELECT market, side, detected_at, books, public_ticket_percent, round(size, 6) FROM curated.movement_analysis
                     WHERE game_id = (SELECT game_id FROM tap_game) AND movement_type = 'reverse_line_movement'$$,
  $$VALUES ('moneyline', 'home', timestamptz '2031-09-01 22:00Z', 3, 70.00, 0.031746)$$,
  '70% of tickets on BOS while its price lengthened +110 -> +125 at three books: the move favours NYY, known with the split after it');
SELECT is((SELECT count(*)::int FROM curated.movement_analysis WHERE game_id = (SELECT game_id FROM tap_game) AND movement_type = 'reverse_line_movement' AND side = 'away'), 0,
  'never the public side');
SELECT * FROM finish();
ROLLBACK;
