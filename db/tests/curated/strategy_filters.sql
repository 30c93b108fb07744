-- pgTAP: a composed strategy is validated when inserted.
BEGIN;
SELECT plan(8);

SELECT columns_are('curated', 'strategies', ARRAY['strategy_key', 'description', 'signal', 'market', 'side_rule', 'bet_timing',
  'parameters', 'is_active', 'role', 'minutes_before', 'min_price', 'max_price', 'min_line', 'max_line', 'require_signals',
  'min_signal_strength', 'min_books'], 'curated.strategies holds the filters');
SELECT lives_ok($$INSERT INTO curated.strategies (strategy_key, description, signal, market, side_rule, bet_timing, role,
                    min_price, max_price, require_signals, min_books)
                  VALUES ('t_home_fav_range', 'x', 'every_game', 'moneyline', 'home', 'close', 'favourite', -200, -110,
                          '{sharp_action}', 3)$$, 'home favourites between -200 and -110 with sharp action and 3 books');
SELECT throws_ok($$INSERT INTO curated.strategies (strategy_key, description, signal, market, side_rule, bet_timing)
                   VALUES ('t_bad1', 'x', 'every_game', 'total', 'home', 'close')$$, '23514', NULL, 'home is no side of a total');
SELECT throws_ok($$INSERT INTO curated.strategies (strategy_key, description, signal, market, side_rule, bet_timing)
                   VALUES ('t_bad2', 'x', 'every_game', 'moneyline', 'signal_side', 'close')$$, '23514', NULL,
  'signal_side needs a signal');
SELECT throws_ok($$INSERT INTO curated.strategies (strategy_key, description, signal, market, side_rule, bet_timing)
                   VALUES ('t_bad3', 'x', 'every_game', 'moneyline', 'home', 'minutes_before')$$, '23514', NULL,
  'minutes_before needs its minutes');
SELECT throws_ok($$INSERT INTO curated.strategies (strategy_key, description, signal, market, side_rule, bet_timing, min_price, max_price)
                   VALUES ('t_bad4', 'x', 'every_game', 'moneyline', 'home', 'close', -110, -200)$$, '23514', NULL,
  'a price range runs from the shorter price to the longer (-200 .. -110), not backwards');
SELECT throws_ok($$INSERT INTO curated.strategies (strategy_key, description, signal, market, side_rule, bet_timing, require_signals)
                   VALUES ('t_bad5', 'x', 'every_game', 'moneyline', 'home', 'close', '{astrology}')$$, '23514', NULL,
  'required signals are known signals');
SELECT is((SELECT min_signal_strength FROM curated.strategies WHERE strategy_key = 'follow_sharp_money_moneyline'), 2::numeric,
  'the built-in sharp strategy''s minimum tier moved from parameters to min_signal_strength');

SELECT * FROM finish();
ROLLBACK;
