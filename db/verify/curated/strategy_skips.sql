-- Verify mlb:curated/strategy_skips
BEGIN;
SELECT strategy_key, game_id, game_date, season, market, reason, pipeline_run_id FROM curated.strategy_skips WHERE false;
ROLLBACK;
