-- pgTAP: curated.profitability_metrics (record, units, ROI per strategy and season): its columns, and the ROI
-- interval of three bets in, held to what is possible out. The rest is exercised end to end (curated/rebuild, ...).
BEGIN;
SELECT plan(5);

SELECT has_view('curated', 'profitability_metrics', 'curated.profitability_metrics exists');
SELECT columns_are('curated', 'profitability_metrics', ARRAY['strategy_key', 'season', 'month', 'market', 'bets', 'wins', 'losses', 'pushes', 'voids', 'win_rate', 'units', 'roi', 'average_clv', 'roi_ci95_low', 'roi_ci95_high', 'skipped', 'longest_losing_run', 'max_drawdown'], 'curated.profitability_metrics has exactly its documented columns');
SELECT view_owner_is('curated', 'profitability_metrics', 'mlb_owner', 'curated.profitability_metrics is owned by mlb_owner');


-- The ROI interval within what is possible (issue 31): a loss and a win at +1000 average +4.5 units a bet with a
-- standard error of 5.5, so mean -/+ 1.96 se spans -6.28 .. +15.28; no stake loses more than itself (-100%) and no
-- average beats the best bet (+1000%).
INSERT INTO pipeline.runs (zone, kind) VALUES ('staging', 'promote');
INSERT INTO staging.games (game_date, start_time, home_team, away_team, game_number, status, status_source, status_fetched_at,
                           quality_score, raw_table, raw_id, pipeline_run_id)
SELECT ('2033-07-0' || n)::date, ('2033-07-0' || n || 'T23:05Z')::timestamptz, 'NYY', 'BOS', 1, 'final', 'mlb_stats_api', now(), 1,
       'mlb_stats_api', 1, (SELECT max(id) FROM pipeline.runs)
  FROM generate_series(1, 2) n;
INSERT INTO curated.strategies (strategy_key, description, signal, market, side_rule, bet_timing)
VALUES ('tap_longshots', 'Long shots.', 'every_game', 'moneyline', 'away', 'close');
DELETE FROM curated.strategy_results WHERE strategy_key = 'tap_longshots';  -- its backtest's, over what the database holds
INSERT INTO curated.strategy_results (strategy_key, game_id, game_date, season, market, side, american_price, result, profit_units,
                                      pipeline_run_id)
SELECT 'tap_longshots', g.game_id, g.game_date, 2033, 'moneyline', 'away', 1000, r, p, (SELECT max(id) FROM pipeline.runs)
  FROM staging.games g
  JOIN (VALUES ('2033-07-01'::date, 'loss', -1), ('2033-07-02', 'win', 10)) AS x(d, r, p)
    ON g.game_date = x.d AND g.home_team = 'NYY';
SELECT results_eq($$SELECT roi, roi_ci95_low, roi_ci95_high FROM curated.profitability_metrics
                     WHERE strategy_key = 'tap_longshots' AND month IS NULL$$,
  $$VALUES (4.5000::numeric, -1.0000::numeric, 10.0000::numeric)$$,
  'the interval held to -100% and to the best bet''s +1000%');
SELECT results_eq($$SELECT roi_ci95_low FROM curated.profitability_metrics WHERE strategy_key = 'tap_longshots' AND month IS NULL$$,
  $$VALUES (-1.0000::numeric)$$, 'never below -100%: no stake loses more than itself');

SELECT * FROM finish();
ROLLBACK;
