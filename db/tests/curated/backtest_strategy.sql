-- pgTAP: a composed strategy is backtested when inserted, with no look-ahead and at the price then.
BEGIN;
SELECT plan(8);

INSERT INTO pipeline.runs (zone, kind) VALUES ('staging', 'promote');
INSERT INTO staging.games (game_date, start_time, home_team, away_team, status, home_score, away_score, status_source,
                           status_fetched_at, quality_score, raw_table, raw_id, pipeline_run_id)
SELECT '2031-10-01', s.start_time::timestamptz, s.home, s.away, 'final', s.hs, s.aws, 'mlb_stats_api', now(), 1, 'mlb_stats_api', 1,
       (SELECT max(id) FROM pipeline.runs)
  FROM (VALUES ('2031-10-01 23:00Z', 'ATL', 'MIA', 4, 2), ('2031-10-01 23:10Z', 'NYY', 'BOS', 1, 3),
               ('2031-10-01 23:20Z', 'LAD', 'SF', 6, 5)) s(start_time, home, away, hs, aws);
-- ATL opens -130 and closes -180 (home favourite, wins); NYY opens -120 and closes +110 (a home favourite at the open,
-- an underdog at the close; loses); LAD is a home underdog all day (+105 -> +120; wins).
INSERT INTO staging.betting_lines (game_id, sportsbook_id, market, side, american_price, observed_at, source, quality_score,
                                   raw_table, raw_id, raw_fetched_at, pipeline_run_id)
SELECT g.game_id, b.sportsbook_id, 'moneyline', o.side, o.price, o.at::timestamptz, 'odds_api', 1, 'odds_api_responses', 1,
       '2031-10-02Z', (SELECT max(id) FROM pipeline.runs)
  FROM (VALUES ('ATL', 'home', -130, '2031-10-01 15:00Z'), ('ATL', 'away', 110, '2031-10-01 15:00Z'),
               ('ATL', 'home', -180, '2031-10-01 22:00Z'), ('ATL', 'away', 160, '2031-10-01 22:00Z'),
               ('NYY', 'home', -120, '2031-10-01 15:00Z'), ('NYY', 'away', 100, '2031-10-01 15:00Z'),
               ('NYY', 'home', 110, '2031-10-01 22:00Z'), ('NYY', 'away', -130, '2031-10-01 22:00Z'),
               ('LAD', 'home', 105, '2031-10-01 15:00Z'), ('LAD', 'away', -125, '2031-10-01 15:00Z'),
               ('LAD', 'home', 120, '2031-10-01 22:00Z'), ('LAD', 'away', -140, '2031-10-01 22:00Z')) o(home, side, price, at)
  JOIN staging.games g ON g.game_date = '2031-10-01' AND g.home_team = o.home
  JOIN staging.sportsbooks b ON b.book_key IN ('draftkings', 'fanduel');
SELECT curated.rebuild('2031-10-01');

INSERT INTO curated.strategies (strategy_key, description, signal, market, side_rule, bet_timing, role, minutes_before)
VALUES ('t_home_fav_close', 'Home favourites at the close.', 'every_game', 'moneyline', 'home', 'close', 'favourite', NULL),
       ('t_home_fav_open', 'Home favourites at the open.', 'every_game', 'moneyline', 'home', 'open', 'favourite', NULL),
       ('t_dog_2h', 'Underdogs two hours before first pitch.', 'every_game', 'moneyline', 'underdog', 'minutes_before', 'any', 120);
SELECT results_eq($$SELECT g.home_team, r.american_price, r.result FROM curated.strategy_results r JOIN staging.games g USING (game_id)
                     WHERE r.strategy_key = 't_home_fav_close' AND r.game_date = '2031-10-01' ORDER BY g.home_team$$,
  $$VALUES ('ATL', -180, 'win')$$, 'at the close only Atlanta is a home favourite; bet at its closing -180, inserted and backtested at once');
SELECT results_eq($$SELECT g.home_team, r.american_price, r.result FROM curated.strategy_results r JOIN staging.games g USING (game_id)
                     WHERE r.strategy_key = 't_home_fav_open' AND r.game_date = '2031-10-01' ORDER BY g.home_team$$,
  $$VALUES ('ATL', -130, 'win'), ('NYY', -120, 'loss')$$,
  'at the open the Yankees were favourites too: bet at the opening prices, decided by what was known then');
SELECT results_eq($$SELECT g.home_team, r.side, r.american_price, r.bet_at, r.result FROM curated.strategy_results r
                      JOIN staging.games g USING (game_id)
                     WHERE r.strategy_key = 't_dog_2h' AND r.game_date = '2031-10-01' ORDER BY g.home_team$$,
  $$VALUES ('ATL', 'away', 110, '2031-10-01 21:00Z'::timestamptz, 'loss'), ('LAD', 'home', 105, '2031-10-01 21:20Z', 'win'),
           ('NYY', 'away', 100, '2031-10-01 21:10Z', 'win')$$,
  'minutes before first pitch: each underdog of that moment at its price then (Boston, not the Yankees who became the dog later)');
-- ATL 21:00 is before the 22:00 move: the dog then was Miami at +110, not +160.
SELECT is((SELECT american_price FROM curated.strategy_results r JOIN staging.games g USING (game_id)
            WHERE r.strategy_key = 't_dog_2h' AND g.home_team = 'ATL'), 110, 'and no price from after the moment');

UPDATE curated.strategies SET min_price = -150, max_price = -110 WHERE strategy_key = 't_home_fav_open';
SELECT results_eq($$SELECT g.home_team FROM curated.strategy_results r JOIN staging.games g USING (game_id)
                     WHERE r.strategy_key = 't_home_fav_open' AND r.game_date = '2031-10-01' ORDER BY 1$$,
  $$VALUES ('ATL'), ('NYY')$$, 'a price range -150 .. -110 keeps -130 and -120');
UPDATE curated.strategies SET min_price = -125 WHERE strategy_key = 't_home_fav_open';
SELECT results_eq($$SELECT g.home_team FROM curated.strategy_results r JOIN staging.games g USING (game_id)
                     WHERE r.strategy_key = 't_home_fav_open' AND r.game_date = '2031-10-01'$$,
  $$VALUES ('NYY')$$, 'and -125 .. -110 only -120: an update backtests again');
SELECT is_empty($$SELECT 1 FROM curated.strategy_skips WHERE strategy_key = 't_home_fav_open' AND game_date = '2031-10-01'$$,
  'a game the filters leave out is not a skip');
SELECT throws_ok($$SELECT * FROM curated.backtest_strategy('nothing')$$, '22023', NULL, 'an unknown strategy is refused');

SELECT * FROM finish();
ROLLBACK;
