-- pgTAP: curated.rebuild_backtests (graded strategy bets): a staged game in (fixtures/steam_game.psql), rebuilt by curated.rebuild,
-- what the step writes out. Owner, rights, comment: db/tests/setup/.
BEGIN;
SELECT plan(5);
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
-- One moneyline missing (issue 29: SBRO's games with one price blank): the favourite strategy has no price, not
-- no favourite; then both sides at the same price: no favourite.
DELETE FROM staging.betting_lines WHERE game_id = (SELECT game_id FROM tap_game) AND market = 'moneyline' AND side = 'away';
SELECT curated.rebuild('2031-09-01');
SELECT is((SELECT reason FROM curated.strategy_skips WHERE game_id = (SELECT game_id FROM tap_game)
            AND strategy_key = 'favourite_moneyline_at_close'), 'no_price', 'a side without a price is no_price');
INSERT INTO staging.betting_lines (game_id, sportsbook_id, market, side, american_price, observed_at, source, quality_score,
                                   raw_table, raw_id, raw_fetched_at, pipeline_run_id, outlet)
SELECT (SELECT game_id FROM tap_game), b.sportsbook_id, 'moneyline', 'away', l.price, '2031-09-01 21:10Z', 'odds_api', 1,
       'odds_api_responses', 1, '2031-09-02 06:00Z', (SELECT max(id) FROM pipeline.runs), l.book
  FROM (VALUES ('draftkings', -140), ('fanduel', -140), ('betmgm', -140), ('caesars', -120)) AS l(book, price)
  JOIN staging.sportsbooks b ON b.book_key = l.book;
SELECT curated.rebuild('2031-09-01');
SELECT is((SELECT reason FROM curated.strategy_skips WHERE game_id = (SELECT game_id FROM tap_game)
            AND strategy_key = 'favourite_moneyline_at_close'), 'no_favourite', 'both sides at one price: no favourite');
SELECT * FROM finish();
ROLLBACK;
