-- pgTAP: curated.rebuild_signals (signals with the time they became known): a staged game in (fixtures/steam_game.psql), rebuilt by curated.rebuild,
-- what the step writes out. Owner, rights, comment: db/tests/setup/.
BEGIN;
SELECT plan(3);
SET LOCAL client_min_messages = warning;
\ir ../../fixtures/steam_game.psql
SELECT curated.rebuild('2031-09-01');
SELECT set_eq($$SELECT side, signal, known_at FROM curated.betting_analysis WHERE game_id = (SELECT game_id FROM tap_game) AND signal IN ('steam', 'reverse_line_movement', 'sharp_action', 'fade_the_public')$$,
  $$VALUES ('home', 'steam', timestamptz '2031-09-01 21:05Z'), ('home', 'reverse_line_movement', '2031-09-01 22:00Z'),
           ('home', 'sharp_action', '2031-09-01 18:00Z'), ('home', 'fade_the_public', '2031-09-01 18:00Z')$$,
  'each signal on the side it points to, stamped when it could first be known');
SELECT is((SELECT strength FROM curated.betting_analysis WHERE game_id = (SELECT game_id FROM tap_game) AND signal = 'sharp_action'), 3::numeric,
  '60% of the money on 30% of the tickets: 30 points, tier 3');
SELECT results_eq($$SELECT side, round(strength, 6) FROM curated.betting_analysis WHERE game_id = (SELECT game_id FROM tap_game) AND signal = 'arbitrage' ORDER BY side$$,
  $$VALUES ('away', 0.010101), ('home', 0.010101)$$,
  'at 21:05 BOS +125 (DraftKings) and NYY -120 (Caesars) were on offer together: implied 0.4444 + 0.5455 < 1');
SELECT * FROM finish();
ROLLBACK;
