-- pgTAP: curated.rebuild_consensus (consensus across bettable books): a staged game in (fixtures/steam_game.psql), rebuilt by curated.rebuild,
-- what the step writes out. Owner, rights, comment: db/tests/setup/.
BEGIN;
SELECT plan(4);
SET LOCAL client_min_messages = warning;
\ir ../../fixtures/steam_game.psql
SELECT curated.rebuild('2031-09-01');
SELECT results_eq($$SELECT side, books, best_close_price, b.book_key FROM curated.market_consensus c
                      JOIN staging.sportsbooks b ON b.sportsbook_id = c.best_close_sportsbook_id
                     WHERE game_id = (SELECT game_id FROM tap_game) AND market = 'moneyline' ORDER BY side$$,
  $$VALUES ('away', 4, 125, 'draftkings'), ('home', 4, -120, 'caesars')$$, 'the best closing price of each side and its book');
SELECT is((SELECT round(sum(close_fair_probability), 12) FROM curated.market_consensus WHERE game_id = (SELECT game_id FROM tap_game) AND market = 'moneyline'), 1.0,
  'the no-vig closing probabilities of the two sides sum to one');
SELECT is((SELECT round(open_fair_probability, 6) FROM curated.market_consensus WHERE game_id = (SELECT game_id FROM tap_game) AND market = 'moneyline' AND side = 'home'),
  round(curated.no_vig_multiplicative(staging.american_to_implied_probability(-120), staging.american_to_implied_probability(110)), 6),
  'the open''s fair probability: -120/+110 without the vig');
SELECT results_eq($$SELECT consensus_close_line, round(close_fair_probability, 6) FROM curated.market_consensus WHERE game_id = (SELECT game_id FROM tap_game) AND market = 'total' AND side = 'over'$$,
  $$VALUES (8.5, 0.5)$$, 'a total''s consensus line and its even fair price');
SELECT * FROM finish();
ROLLBACK;
