-- pgTAP: curated.rebuild_backtests (graded strategy bets): a staged game in (fixtures/steam_game.psql), rebuilt by curated.rebuild,
-- what the step writes out. Owner, rights, comment: db/tests/setup/.
BEGIN;
SELECT plan(3);
SET LOCAL client_min_messages = warning;
\ir ../../fixtures/steam_game.psql
SELECT curated.rebuild('2031-09-01');
SELECT results_eq($$SELECT market, side, american_price, result, round(profit_units, 6), round(closing_line_value, 6)
                      FROM curated.strategy_results WHERE game_id = (SELECT game_id FROM tap_game) AND strategy_key = 'home_moneyline_at_close'$$,
  $$VALUES ('moneyline', 'home', -120, 'win', 0.833333, round(staging.american_to_decimal(-120) *
            (SELECT close_fair_probability FROM curated.market_consensus WHERE game_id = (SELECT game_id FROM tap_game) AND market = 'moneyline' AND side = 'home') - 1, 6))$$,
  'the home moneyline at its best closing price, -120: won 5-3, +0.8333 units, CLV against the no-vig close');
SELECT results_eq($$SELECT side, american_price, result, round(profit_units, 6) FROM curated.strategy_results
                     WHERE game_id = (SELECT game_id FROM tap_game) AND strategy_key = 'under_at_close'$$,
  $$VALUES ('under', -110, 'win', 0.909091)$$, '8 runs under 8.5 wins at -110, paid at -110 because that was the price');
SELECT is((SELECT bet_at FROM curated.strategy_results WHERE game_id = (SELECT game_id FROM tap_game) AND strategy_key = 'follow_steam_moneyline'),
  timestamptz '2031-09-01 21:05Z', 'a signal strategy bets when its signal became known');
SELECT * FROM finish();
ROLLBACK;
