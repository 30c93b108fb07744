-- Deploy mlb:curated/profitability_metrics (reworked after v0.3.0)
-- The ROI interval within what is possible (issue 31: road_dogs showed a 95% low of -136%): no
-- stake loses more than itself, and no average beats the best single bet, so the interval's
-- ends are held to -100% and to the best bet's return.
-- Record, units, ROI per strategy and season.
BEGIN;
SET LOCAL ROLE mlb_owner;

CREATE OR REPLACE VIEW curated.profitability_metrics AS
WITH bets AS (
  SELECT r.strategy_key, r.season, to_char(r.game_date, 'YYYY-MM') AS month, r.market, r.result, r.profit_units,
         r.closing_line_value, false AS skip
    FROM curated.strategy_results r
  UNION ALL
  -- Games considered and not bet: counted as skipped, nothing else.
  SELECT s.strategy_key, s.season, to_char(s.game_date, 'YYYY-MM'), s.market, NULL, NULL, NULL, true
    FROM curated.strategy_skips s
), record AS (
  SELECT strategy_key, season, month, market,
         count(*) FILTER (WHERE result <> 'void') AS bets,
         count(*) FILTER (WHERE result = 'win') AS wins,
         count(*) FILTER (WHERE result = 'loss') AS losses,
         count(*) FILTER (WHERE result = 'push') AS pushes,
         count(*) FILTER (WHERE result = 'void') AS voids,
         round(count(*) FILTER (WHERE result = 'win')::numeric
               / nullif(count(*) FILTER (WHERE result IN ('win', 'loss')), 0), 4) AS win_rate,
         round(sum(profit_units), 4) AS units,
         round(sum(profit_units) / nullif(count(*) FILTER (WHERE result IN ('win', 'loss', 'push')), 0), 4) AS roi,
         round(avg(closing_line_value) FILTER (WHERE result <> 'void'), 4) AS average_clv,
         round(greatest(-1, avg(profit_units) FILTER (WHERE result <> 'void')
               - 1.96 * stddev_samp(profit_units) FILTER (WHERE result <> 'void')
                 / sqrt(nullif(count(*) FILTER (WHERE result <> 'void'), 0))::numeric), 4) AS roi_ci95_low,
         round(least(max(profit_units) FILTER (WHERE result <> 'void'), avg(profit_units) FILTER (WHERE result <> 'void')
               + 1.96 * stddev_samp(profit_units) FILTER (WHERE result <> 'void')
                 / sqrt(nullif(count(*) FILTER (WHERE result <> 'void'), 0))::numeric), 4) AS roi_ci95_high,
         count(*) FILTER (WHERE skip) AS skipped
    FROM bets
   GROUP BY GROUPING SETS ((strategy_key, season, market), (strategy_key, season, month, market))
), running AS (
  -- Each settled bet once for its season (month NULL) and once for its month, in the order placed: units won so
  -- far, and an island number shared by consecutive losses (a win or a push ends a losing run).
  SELECT s.strategy_key, s.season, s.month, s.market, s.result, s.game_date, s.bet_at, s.game_id, s.side,
         sum(s.profit_units) OVER w AS cumulative,
         row_number() OVER w - row_number() OVER (PARTITION BY s.strategy_key, s.season, s.month, s.market, s.result = 'loss'
                                                  ORDER BY s.game_date, s.bet_at, s.game_id, s.side) AS island
    FROM (SELECT r.*, m.month FROM curated.strategy_results r
           CROSS JOIN LATERAL (VALUES (NULL::text), (to_char(r.game_date, 'YYYY-MM'))) m(month)
           WHERE r.result <> 'void') s
  WINDOW w AS (PARTITION BY s.strategy_key, s.season, s.month, s.market
               ORDER BY s.game_date, s.bet_at, s.game_id, s.side ROWS UNBOUNDED PRECEDING)
), drawdown AS (
  -- Below the best point reached so far (the start, 0, included).
  SELECT r.strategy_key, r.season, r.month, r.market,
         round(max(greatest(0, r.peak) - r.cumulative), 4) AS max_drawdown
    FROM (SELECT x.*, max(x.cumulative) OVER (PARTITION BY x.strategy_key, x.season, x.month, x.market
                                              ORDER BY x.game_date, x.bet_at, x.game_id, x.side
                                              ROWS UNBOUNDED PRECEDING) AS peak
            FROM running x) r
   GROUP BY r.strategy_key, r.season, r.month, r.market
), losing AS (
  SELECT l.strategy_key, l.season, l.month, l.market, max(l.n) AS longest_losing_run
    FROM (SELECT strategy_key, season, month, market, island, count(*) AS n FROM running WHERE result = 'loss'
           GROUP BY strategy_key, season, month, market, island) l
   GROUP BY l.strategy_key, l.season, l.month, l.market
)
SELECT a.strategy_key, a.season, a.month, a.market, a.bets, a.wins, a.losses, a.pushes, a.voids, a.win_rate, a.units,
       a.roi, a.average_clv, a.roi_ci95_low, a.roi_ci95_high, a.skipped,
       coalesce(l.longest_losing_run, 0) AS longest_losing_run, coalesce(d.max_drawdown, 0) AS max_drawdown
  FROM record a
  LEFT JOIN drawdown d ON d.strategy_key = a.strategy_key AND d.season = a.season AND d.month IS NOT DISTINCT FROM a.month
                      AND d.market = a.market
  LEFT JOIN losing l ON l.strategy_key = a.strategy_key AND l.season = a.season AND l.month IS NOT DISTINCT FROM a.month
                    AND l.market = a.market;
COMMENT ON VIEW curated.profitability_metrics IS 'Per strategy, season (month NULL) and season-month, and market: bets (voids excluded), wins, losses, pushes, win rate (pushes excluded), units won at the odds taken, ROI on amount risked (1 unit per non-void bet), average CLV, a 95% confidence interval for ROI (normal approximation of the mean profit per bet), skipped (decided games considered and not bet, curated.strategy_skips), the longest losing run and the maximum drawdown, in the order the bets were placed.';
COMMENT ON COLUMN curated.profitability_metrics.strategy_key IS 'Strategy.';
COMMENT ON COLUMN curated.profitability_metrics.season IS 'Season.';
COMMENT ON COLUMN curated.profitability_metrics.month IS 'YYYY-MM, or NULL for the season total.';
COMMENT ON COLUMN curated.profitability_metrics.market IS 'Market.';
COMMENT ON COLUMN curated.profitability_metrics.bets IS 'Bets with action (wins + losses + pushes).';
COMMENT ON COLUMN curated.profitability_metrics.wins IS 'Wins.';
COMMENT ON COLUMN curated.profitability_metrics.losses IS 'Losses.';
COMMENT ON COLUMN curated.profitability_metrics.pushes IS 'Pushes (stake returned).';
COMMENT ON COLUMN curated.profitability_metrics.voids IS 'Voided bets (no action), not counted in bets.';
COMMENT ON COLUMN curated.profitability_metrics.win_rate IS 'wins / (wins + losses).';
COMMENT ON COLUMN curated.profitability_metrics.units IS 'Total profit in units.';
COMMENT ON COLUMN curated.profitability_metrics.roi IS 'units / bets: return on amount risked.';
COMMENT ON COLUMN curated.profitability_metrics.average_clv IS 'Mean closing line value.';
COMMENT ON COLUMN curated.profitability_metrics.roi_ci95_low IS 'Lower end of the 95% interval for ROI (mean profit per bet - 1.96 standard errors), never below -1: no stake loses more than itself.';
COMMENT ON COLUMN curated.profitability_metrics.roi_ci95_high IS 'Upper end of the 95% interval for ROI (mean + 1.96 standard errors), never above the best single bet''s return: no average beats it.';
GRANT SELECT ON curated.profitability_metrics TO mlb_analyst;
COMMENT ON COLUMN curated.profitability_metrics.skipped IS 'Decided games the strategy considered and did not bet (no favourite: equal closing prices; or no price), not counted in bets.';
COMMENT ON COLUMN curated.profitability_metrics.longest_losing_run IS 'Most losses in a row, bets in the order placed (game date, bet time, game, side); a win or a push ends a run.';
COMMENT ON COLUMN curated.profitability_metrics.max_drawdown IS 'Largest fall in units from the best point reached so far (the start counts as 0), bets in the order placed.';

COMMIT;
