-- pgTAP: curated.place_bet matches what a bettor states exactly, and refuses what it cannot match, with the reason.
BEGIN;
SELECT plan(12);

\ir ../fixtures/bet_games.psql
CREATE TEMP TABLE placed AS
SELECT 'mets' AS bet, curated.place_bet('2031-08-01', 'new york mets', 'moneyline', 'nym', NULL, '2.02', 10, 'draftkings') AS id
UNION ALL SELECT 'even', curated.place_bet('2031-08-01', 'NYY', 'moneyline', 'HOME', NULL, 'EVEN', 10, 'FanDuel')
UNION ALL SELECT 'game2', curated.place_bet('2031-08-01', 'SEA', 'spread', 'SEA', 1.5, '-160', 10, 'DraftKings', now(), NULL, 2::smallint);
SELECT results_eq($$SELECT g.away_team, g.home_team, b.side, b.price_format, b.decimal_price, b.american_price, s.book_key
                      FROM curated.user_bets b JOIN staging.games g USING (game_id) JOIN staging.sportsbooks s USING (sportsbook_id)
                     WHERE b.bet_id = (SELECT id FROM placed WHERE bet = 'mets')$$,
  $$VALUES ('NYM', 'NYY', 'away', 'decimal', 2.02::numeric, 102, 'draftkings')$$,
  'a club by full name, the side by the club (the Mets are away, never the Yankees), decimal odds kept exact');
SELECT results_eq($$SELECT side, american_price FROM curated.user_bets WHERE bet_id = (SELECT id FROM placed WHERE bet = 'even')$$,
  $$VALUES ('home', 100)$$, 'home by word, EVEN is +100');
SELECT is((SELECT game_number FROM staging.games WHERE game_id = (SELECT game_id FROM curated.user_bets
            WHERE bet_id = (SELECT id FROM placed WHERE bet = 'game2'))), 2::smallint, 'a doubleheader game by its number');
SELECT throws_ok($$SELECT curated.place_bet('2031-08-01', 'SEA', 'moneyline', 'SEA', NULL, '-120', 10, 'DraftKings')$$,
  '22023', 'SEA played 2 games on 2031-08-01 (a doubleheader): give the game number', 'a doubleheader without a number is refused');
SELECT throws_ok($$SELECT curated.place_bet('2031-08-02', 'NYM', 'moneyline', 'NYM', NULL, '-120', 10, 'DraftKings')$$,
  '23503', 'no game of NYM on 2031-08-02 in staging.games: a bet must be on a game the pipeline knows',
  'a bet on a game the pipeline does not know is refused with the reason');
SELECT throws_ok($$SELECT curated.place_bet('2031-08-01', 'New York', 'moneyline', 'home', NULL, '-120', 10, 'DraftKings')$$,
  '22023', 'unknown club New York: give its code (NYM) or full name (New York Mets)', 'no club by part of a name');
SELECT throws_ok($$SELECT curated.place_bet('2031-08-01', 'NYM', 'moneyline', 'BOS', NULL, '-120', 10, 'DraftKings')$$,
  '22023', 'side BOS is neither home, away, over, under nor a club of NYM @ NYY', 'a club not in the game is no side');
SELECT throws_ok($$SELECT curated.place_bet('2031-08-01', 'NYM', 'moneyline', 'NYM', NULL, '+50', 10, 'DraftKings')$$,
  '23514', NULL, '+50 is no American price');
SELECT throws_ok($$SELECT curated.place_bet('2031-08-01', 'NYM', 'moneyline', 'NYM', NULL, 'abc', 10, 'DraftKings')$$,
  '22023', 'price abc is neither American (+150, -110) nor decimal (2.50) odds', 'nor is text');
SELECT throws_ok($$SELECT curated.place_bet('2031-08-01', 'NYM', 'moneyline', 'NYM', NULL, '-120', 10, 'Consensus (Action Network)')$$,
  '22023', NULL, 'a pseudo-book is no book to bet with');
SELECT throws_ok($$SELECT curated.place_bet('2031-08-01', 'NYM', 'total', 'over', NULL, '-110', 10, 'DraftKings')$$,
  '23514', 'a total bet needs its line (the run line, or the total)', 'a total needs its line');
SELECT ok(has_function_privilege('mlb_analyst', 'curated.place_bet(date, text, text, text, numeric, text, numeric, text, timestamptz, text, smallint)', 'EXECUTE'),
  'the analyst places bets');

SELECT * FROM finish();
ROLLBACK;
