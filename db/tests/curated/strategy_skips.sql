-- pgTAP: the contract of change curated/strategy_skips (behaviour: pytest test_sbro, curated/rebuild/backtests).
BEGIN;
SELECT plan(4);

SELECT has_table('curated', 'strategy_skips', 'curated.strategy_skips exists');
SELECT columns_are('curated', 'strategy_skips', ARRAY['strategy_key', 'game_id', 'game_date', 'season', 'market', 'reason',
  'pipeline_run_id'], 'it has exactly its documented columns');
SELECT table_owner_is('curated', 'strategy_skips', 'mlb_owner', 'it is owned by mlb_owner');
SELECT col_has_check('curated', 'strategy_skips', 'reason', 'a skip says why, from a fixed list');

SELECT * FROM finish();
ROLLBACK;
