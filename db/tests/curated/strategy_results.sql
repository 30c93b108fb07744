-- pgTAP: the contract of change curated/strategy_results (graded strategy bets).
-- Behaviour is tested where it is exercised end to end (staging/promote, curated/rebuild, ...).
BEGIN;
SELECT plan(3);

SELECT has_table('curated', 'strategy_results', 'curated.strategy_results exists');
SELECT columns_are('curated', 'strategy_results', ARRAY['strategy_key', 'game_id', 'game_date', 'season', 'market', 'side', 'bet_at', 'sportsbook_id', 'line', 'american_price', 'result', 'profit_units', 'closing_fair_probability', 'closing_line_value', 'pipeline_run_id', 'stated_decimal_price'], 'curated.strategy_results has exactly its documented columns');
SELECT table_owner_is('curated', 'strategy_results', 'mlb_owner', 'curated.strategy_results is owned by mlb_owner');

SELECT * FROM finish();
ROLLBACK;
