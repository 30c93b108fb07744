-- pgTAP: curated/strategies_analyst_writes: the analyst composes and backtests strategies, and writes nothing else.
BEGIN;
SELECT plan(6);
SET LOCAL ROLE mlb_analyst;
SELECT lives_ok($$INSERT INTO curated.strategies (strategy_key, description, signal, market, side_rule, bet_timing)
                  VALUES ('tap_analyst_homes', 'Every home side at the close.', 'every_game', 'moneyline', 'home', 'close')$$,
  'the analyst composes a strategy (its trigger backtests it with the owner''s rights)');
SELECT lives_ok($$SELECT * FROM curated.backtest_strategy('tap_analyst_homes')$$, '... and backtests it again');
SELECT lives_ok($$UPDATE curated.strategies SET is_active = false WHERE strategy_key = 'tap_analyst_homes'$$,
  '... and stops it');
SELECT throws_ok($$UPDATE curated.strategies SET market = 'total' WHERE strategy_key = 'tap_analyst_homes'$$, '42501',
  NULL, 'but changes no rule of a strategy in place (compose another)');
SELECT throws_ok($$DELETE FROM curated.strategies WHERE strategy_key = 'tap_analyst_homes'$$, '42501', NULL,
  'nor deletes one (its results go with it)');
SELECT throws_ok($$INSERT INTO curated.strategy_results (strategy_key) VALUES ('tap_analyst_homes')$$, '42501', NULL,
  'nor writes results itself');
SELECT * FROM finish();
ROLLBACK;
