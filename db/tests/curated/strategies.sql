-- pgTAP: the contract of change curated/strategies (backtested strategies).
-- Behaviour is tested where it is exercised end to end (staging/promote, curated/rebuild, ...).
BEGIN;
SELECT plan(3);

SELECT has_table('curated', 'strategies', 'curated.strategies exists');
SELECT columns_are('curated', 'strategies', ARRAY['strategy_key', 'description', 'signal', 'market', 'side_rule', 'bet_timing', 'parameters', 'is_active', 'role', 'minutes_before', 'min_price', 'max_price', 'min_line', 'max_line', 'require_signals', 'min_signal_strength', 'min_books'], 'curated.strategies has exactly its documented columns');
SELECT table_owner_is('curated', 'strategies', 'mlb_owner', 'curated.strategies is owned by mlb_owner');

SELECT * FROM finish();
ROLLBACK;
