-- pgTAP: your bets graded by hand (NYM @ NYY final 5-3, 8 runs; TB @ BOS postponed; SEA @ HOU a doubleheader):
-- a win in American odds, a loss in decimal, a push, a void, a pending bet, CLV against consensus and book.
BEGIN;
SELECT plan(9);

SELECT has_view('curated', 'user_bet_results', 'curated.user_bet_results exists');
SELECT ok(has_table_privilege('mlb_analyst', 'curated.user_bet_results', 'SELECT'), 'the analyst reads it');

\ir ../fixtures/bet_games.psql
SELECT curated.place_bet('2031-08-01', 'NYM', 'moneyline', 'NYM', NULL, '+130', 100, 'DraftKings', '2031-08-01 21:00Z', 'win');
SELECT curated.place_bet('2031-08-01', 'New York Yankees', 'moneyline', 'home', NULL, '1.70', 50, 'fanduel', '2031-08-01 21:00Z', 'loss');
SELECT curated.place_bet('2031-08-01', 'NYY', 'total', 'over', 8.0, '-105', 20, 'FanDuel', '2031-08-01 21:00Z', 'push');
SELECT curated.place_bet('2031-08-01', 'TB', 'moneyline', 'TB', NULL, '+150', 10, 'DraftKings', '2031-08-01 15:00Z', 'void');
SELECT curated.place_bet('2031-08-01', 'SEA', 'moneyline', 'SEA', NULL, '-120', 10, 'DraftKings', '2031-08-01 15:00Z', 'pending', 2::smallint);
SELECT curated.place_bet('2031-08-01', 'NYM', 'moneyline', 'NYY', NULL, '-110', 10, 'DraftKings', '2031-08-01 23:30Z', 'live');

SELECT results_eq($$SELECT note, result, profit, american_price, round(decimal_price, 10) FROM curated.user_bet_results
                     WHERE game_date = '2031-08-01' ORDER BY bet_id$$,
  $$VALUES ('win', 'win', 130.00::numeric, 130, 2.30::numeric), ('loss', 'loss', -50.00, -143, 1.70),
           ('push', 'push', 0, -105, 1.9523809524), ('void', 'void', 0, 150, 2.50),
           ('pending', 'pending', NULL, -120, 1.8333333333), ('live', 'loss', -10.00, -110, 1.9090909091)$$,
  'graded at the price taken: +130 wins 130 on 100; 1.70 (offered in decimal, kept exact; -143 is only its figure) loses 50; 8 runs push over 8; postponed is void; game 2 not played yet is pending');

-- Consensus fair NYM: DK 0.434783 / 1.034783 = 0.420168, FD 0.454545 / 1.037879 = 0.437956, mean 0.429062.
SELECT is((SELECT round(clv, 6) FROM curated.user_bet_results WHERE note = 'win'), round(2.30 * ((100/230.0 / (100/230.0 + 150/250.0)
        + 100/220.0 / (100/220.0 + 140/240.0)) / 2) - 1, 6), 'CLV against the consensus: 2.30 x 0.429062 - 1');
SELECT is((SELECT round(clv_book, 6) FROM curated.user_bet_results WHERE note = 'win'),
  round(2.30 * (100/230.0 / (100/230.0 + 150/250.0)) - 1, 6), 'CLV against DraftKings'' own close: 2.30 x 0.420168 - 1');
SELECT is((SELECT round(clv, 6) FROM curated.user_bet_results WHERE note = 'push'),
  round((1 + 100/105.0) * ((105/205.0 / (105/205.0 + 115/215.0) + 0.5) / 2) - 1, 6),
  'a bet at the consensus line 8.0 has CLV too');
SELECT results_eq($$SELECT clv IS NULL, clv_note FROM curated.user_bet_results WHERE note IN ('live', 'void') ORDER BY note$$,
  $$VALUES (true, 'placed after first pitch: no closing line to compare'), (true, 'no consensus close (yet)')$$,
  'no CLV for a live bet or a game without a close, and the reason');

SELECT results_eq($$SELECT bets, pending, wins, losses, pushes, voids, staked, profit, roi FROM curated.user_bet_report
                     WHERE month = '2031-08-01' AND book IS NULL$$,
  $$VALUES (6, 1, 1, 2, 1, 1, 180.00::numeric, 70.00::numeric, 0.3889::numeric)$$,
  'the report: 130 - 50 - 10 = 70 on 180 staked on settled bets');
SELECT results_eq($$SELECT book, bets, profit FROM curated.user_bet_report WHERE month = '2031-08-01' AND book IS NOT NULL ORDER BY book$$,
  $$VALUES ('DraftKings', 4, 120.00::numeric), ('FanDuel', 2, -50.00)$$, 'and by book in the month');

SELECT * FROM finish();
ROLLBACK;
