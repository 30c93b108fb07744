-- pgTAP: curated/user_bets_finite (a bet's stake, line and decimal odds are numbers, never NaN or Infinity).
BEGIN;
SELECT plan(6);

\ir ../fixtures/bet_games.psql
SELECT throws_ok($$SELECT curated.place_bet('2031-08-01', 'NYM', 'moneyline', 'NYM', NULL, '-120', 'NaN', 'DraftKings')$$,
  '23514', 'new row for relation "user_bets" violates check constraint "user_bets_stake_finite"', 'a NaN stake is refused');
SELECT throws_ok($$SELECT curated.place_bet('2031-08-01', 'NYM', 'total', 'over', 'NaN', '-110', 10, 'DraftKings')$$,
  '23514', 'new row for relation "user_bets" violates check constraint "user_bets_line_finite"', 'a NaN line is refused');
SELECT throws_ok($$SELECT curated.place_bet('2031-08-01', 'NYM', 'moneyline', 'NYM', NULL, '-120', 'Infinity', 'DraftKings')$$,
  '22003', NULL, 'an infinite stake does not fit');
-- By plain SQL, past place_bet and the check_user_bet trigger (which fails on it too, less clearly).
ALTER TABLE curated.user_bets DISABLE TRIGGER USER;
SELECT throws_ok($$INSERT INTO curated.user_bets (game_id, market, side, american_price, decimal_price, price_format, stake,
                                                sportsbook_id, placed_at)
                   SELECT game_id, 'moneyline', 'home', 100, 'Infinity', 'decimal', 10,
                          (SELECT sportsbook_id FROM staging.sportsbooks WHERE book_key = 'draftkings'), now()
                     FROM staging.games WHERE game_date = '2031-08-01' LIMIT 1$$,
  '23514', 'new row for relation "user_bets" violates check constraint "user_bets_decimal_price_finite"',
  'infinite decimal odds are refused by the table itself');
ALTER TABLE curated.user_bets ENABLE TRIGGER USER;
SELECT lives_ok($$SELECT curated.place_bet('2031-08-01', 'NYM', 'total', 'over', 8.5, '-110', 10, 'DraftKings')$$,
  'a bet of numbers is stored');
SELECT col_has_check('curated', 'user_bets', 'stake', 'the stake has its checks');

SELECT * FROM finish();
ROLLBACK;
