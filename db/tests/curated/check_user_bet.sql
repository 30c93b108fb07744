-- pgTAP: a plain INSERT into curated.user_bets is checked and completed like place_bet's.
BEGIN;
SELECT plan(6);

INSERT INTO pipeline.runs (zone, kind) VALUES ('staging', 'promote');
INSERT INTO staging.games (game_date, start_time, home_team, away_team, status, status_source, status_fetched_at,
                           quality_score, raw_table, raw_id, pipeline_run_id)
VALUES ('2031-08-05', '2031-08-05 23:05Z', 'CHC', 'STL', 'scheduled', 'mlb_stats_api', now(), 1, 'mlb_stats_api', 1,
        (SELECT max(id) FROM pipeline.runs));
CREATE TEMP TABLE g AS SELECT game_id FROM staging.games WHERE game_date = '2031-08-05';
CREATE TEMP TABLE dk AS SELECT sportsbook_id FROM staging.sportsbooks WHERE book_key = 'draftkings';

INSERT INTO curated.user_bets (game_id, market, side, american_price, stake, sportsbook_id, placed_at)
SELECT game_id, 'moneyline', 'home', -125, 10, (SELECT sportsbook_id FROM dk), now() FROM g;
SELECT results_eq($$SELECT price_format, decimal_price, bettor = current_user FROM curated.user_bets WHERE game_id = (SELECT game_id FROM g)$$,
  $$VALUES ('american', 1.8::numeric, true)$$, 'American given: the exact decimal is completed, the bettor is who entered it');
UPDATE curated.user_bets SET decimal_price = 2.05 WHERE game_id = (SELECT game_id FROM g);
SELECT results_eq($$SELECT price_format, american_price FROM curated.user_bets WHERE game_id = (SELECT game_id FROM g)$$,
  $$VALUES ('decimal', 105)$$, 'a corrected decimal price makes the American one its figure');
SELECT throws_ok($$INSERT INTO curated.user_bets (game_id, market, side, american_price, stake, sportsbook_id, placed_at)
                   VALUES (-5, 'moneyline', 'home', -110, 10, (SELECT sportsbook_id FROM dk), now())$$,
  '23503', 'no game -5 in staging.games: a bet must be on a game the pipeline knows', 'an unknown game is refused with the reason');
SELECT throws_ok($$INSERT INTO curated.user_bets (game_id, market, side, line, american_price, stake, sportsbook_id, placed_at)
                   SELECT game_id, 'moneyline', 'home', 1.5, -110, 10, (SELECT sportsbook_id FROM dk), now() FROM g$$,
  '23514', 'a moneyline bet has no line (got 1.5)', 'a moneyline with a line is refused');
SELECT throws_ok($$INSERT INTO curated.user_bets (game_id, market, side, line, american_price, stake, sportsbook_id, placed_at)
                   SELECT game_id, 'spread', 'over', 1.5, -110, 10, (SELECT sportsbook_id FROM dk), now() FROM g$$,
  '23514', 'side over does not belong to the spread market', 'a side of another market is refused');
SELECT throws_ok($$INSERT INTO curated.user_bets (game_id, market, side, stake, sportsbook_id, placed_at)
                   SELECT game_id, 'moneyline', 'home', 10, (SELECT sportsbook_id FROM dk), now() FROM g$$,
  '23502', 'a bet needs its price (american_price or decimal_price)', 'a bet without a price is refused');

SELECT * FROM finish();
ROLLBACK;
