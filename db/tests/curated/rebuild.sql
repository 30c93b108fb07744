-- Dirty dates, refresh, rebuild summary and strategy contracts.
BEGIN;
SELECT plan(9);

SELECT is((SELECT schedule FROM cron.job WHERE jobname = 'mlb-curated-refresh'), '* * * * *', 'curated refresh runs every minute');
SELECT is((SELECT schedule FROM cron.job WHERE jobname = 'mlb-curated-reconcile'), '30 9 * * *', 'nightly reconcile after the last final');

DELETE FROM pipeline.dirty_dates;
INSERT INTO pipeline.runs (zone, kind) VALUES ('staging', 'promote');
INSERT INTO staging.games (game_date, start_time, home_team, away_team, status, home_score, away_score, status_source,
                           status_fetched_at, quality_score, raw_table, raw_id, pipeline_run_id)
VALUES ('2031-05-01', '2031-05-01 23:05Z', 'BOS', 'NYY', 'final', 4, 4, 'sbro', now(), 1, 'sbro_odds', 1,
        (SELECT max(id) FROM pipeline.runs));
SELECT is((SELECT count(*)::int FROM pipeline.dirty_dates WHERE game_date = '2031-05-01'), 1, 'a staging change marks its date dirty');

INSERT INTO staging.betting_lines (game_id, sportsbook_id, market, side, american_price, observed_at, source, quality_score,
                                   raw_table, raw_id, raw_fetched_at, pipeline_run_id)
SELECT g.game_id, b.sportsbook_id, 'moneyline', s.side, s.price, '2031-05-01 20:00Z', 'odds_api', 1, 'odds_api_responses', 1, '2031-05-02Z',
       (SELECT max(id) FROM pipeline.runs)
  FROM staging.games g, staging.sportsbooks b, (VALUES ('home', -120), ('away', 110)) s(side, price)
 WHERE g.game_date = '2031-05-01' AND b.book_key = 'pinnacle';

UPDATE pipeline.settings SET value = 'true' WHERE key IN ('pipeline.auto_promotion', 'pipeline.curated_enabled');
SELECT curated.refresh_dirty_dates();
SELECT is((SELECT count(*)::int FROM pipeline.dirty_dates), 0, 'refresh drains the dirty dates');
SELECT is((SELECT count(*)::int FROM curated.enhanced_games WHERE game_date = '2031-05-01'), 1, 'and rebuilds them');
SELECT is((SELECT result FROM curated.strategy_results WHERE game_date = '2031-05-01' AND strategy_key = 'home_moneyline_at_close'),
  'push', 'a tied final grades a moneyline as a push');
SELECT is((SELECT american_price FROM curated.strategy_results WHERE game_date = '2031-05-01' AND strategy_key = 'favourite_moneyline_at_close'),
  -120, 'the favourite is the side with the higher fair probability, at its own price');
SELECT results_eq($$SELECT games, lines, bets FROM curated.rebuild('2031-05-01')$$, $$VALUES (1::bigint, 2::bigint, 2::bigint)$$,
  'rebuild returns its summary');
SELECT throws_ok($$INSERT INTO curated.strategies (strategy_key, description, signal, market, side_rule, bet_timing)
  VALUES ('bad', 'x', 'astrology', 'moneyline', 'home', 'close')$$, '23514', NULL, 'strategies name known signals only');

SELECT * FROM finish();
ROLLBACK;
