-- pgTAP: curated.market_moves (the books' typical open beside the typical price now or at the close).
BEGIN;
SELECT plan(4);
SET LOCAL client_min_messages = warning;
\ir ../fixtures/steam_game.psql
SELECT curated.rebuild('2031-09-01');
-- Four books open home -120 / away +110; three close at -140 / +125, Caesars stays: the median is the three.
SELECT results_eq($$SELECT side, open_price, open_books, current_as_of, current_price, current_books, implied_probability_move
                     FROM curated.market_moves WHERE game_id = (SELECT game_id FROM tap_game) AND market = 'moneyline' ORDER BY side$$,
  $$VALUES ('away'::text, 110, 4, 'close'::text, 125, 4, -0.0317::numeric), ('home', -120, 4, 'close', -140, 4, 0.0379)$$,
  'opened -120 / +110 at four books, closed -140 / +125 (the median book), the home side 3.8 points shorter');
SELECT results_eq($$SELECT side, open_line, current_line, line_move, current_price FROM curated.market_moves
                     WHERE game_id = (SELECT game_id FROM tap_game) AND market = 'total' ORDER BY side$$,
  $$VALUES ('over'::text, 8.5::numeric, 8.5::numeric, 0.0::numeric, -110), ('under', 8.5, 8.5, 0.0, -110)$$,
  'a total that never moved: 8.5 -110 at the open and the close');
SELECT is((SELECT opened_at FROM curated.market_moves WHERE game_id = (SELECT game_id FROM tap_game) AND market = 'moneyline' AND side = 'home'),
  '2031-09-01 15:00Z'::timestamptz, 'the open names its moment');
-- Before first pitch, with nothing shown lately, there is no price now: never the last price of hours ago.
UPDATE staging.games SET status = 'scheduled', start_time = now() + interval '3 hours', home_score = NULL, away_score = NULL
 WHERE game_id = (SELECT game_id FROM tap_game);
SELECT results_eq($$SELECT current_as_of, current_price FROM curated.market_moves
                     WHERE game_id = (SELECT game_id FROM tap_game) AND market = 'moneyline' AND side = 'home'$$,
  $$VALUES (NULL::text, NULL::int)$$, 'a game to come whose quotes are hours old has an open and no price now');
SELECT * FROM finish();
ROLLBACK;
