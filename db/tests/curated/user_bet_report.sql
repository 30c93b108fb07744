-- pgTAP: curated.user_bet_report: two bets in, their record and units (per stake, then per bets.unit_size) out.
BEGIN;
SELECT plan(5);

SELECT has_view('curated', 'user_bet_report', 'curated.user_bet_report exists');
SELECT ok(has_table_privilege('mlb_analyst', 'curated.user_bet_report', 'SELECT'), 'the analyst reads it');


-- Units defined once (issue 31): two winning bets at +100, staked 50 and 10 at DraftKings on the Mets (5-3 winners).
\ir ../fixtures/bet_games.psql
INSERT INTO curated.user_bets (game_id, market, side, american_price, stake, sportsbook_id, placed_at)
SELECT g.game_id, 'moneyline', 'away', 100, s, (SELECT sportsbook_id FROM staging.sportsbooks WHERE book_key = 'draftkings'),
       '2031-08-01 20:00Z'
  FROM staging.games g, (VALUES (50), (10)) AS x(s) WHERE g.game_date = '2031-08-01' AND g.home_team = 'NYY';
SELECT results_eq($$SELECT wins, profit, units FROM curated.user_bet_report WHERE month IS NULL AND book IS NULL$$,
  $$VALUES (2, 60::numeric, 2.0000::numeric)$$, 'no unit size: each bet''s own stake is its unit (two units won)');
UPDATE pipeline.settings SET value = '25' WHERE key = 'bets.unit_size';
SELECT results_eq($$SELECT units FROM curated.user_bet_report WHERE month IS NULL AND book IS NULL$$,
  $$VALUES (2.4000::numeric)$$, 'a unit of 25: 60 won is 2.4 units');
SELECT throws_ok($$UPDATE pipeline.settings SET value = '-5' WHERE key = 'bets.unit_size'$$, '23514', NULL,
  'a unit size is not negative');

SELECT * FROM finish();
ROLLBACK;
