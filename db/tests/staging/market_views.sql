-- pgTAP: the contract of change staging/market_views (staging.moneylines, spreads and totals).
-- Behaviour is tested where it is exercised end to end (staging/promote, curated/rebuild, ...).
BEGIN;
SELECT plan(9);

SELECT has_view('staging', 'moneylines', 'staging.moneylines exists');
SELECT columns_are('staging', 'moneylines', ARRAY['game_id', 'sportsbook_id', 'source', 'line_timing', 'observed_at', 'home_price', 'away_price', 'home_implied_probability', 'away_implied_probability', 'is_live', 'is_opener', 'raw_rows', 'pipeline_run_id'], 'staging.moneylines has exactly its documented columns');
SELECT view_owner_is('staging', 'moneylines', 'mlb_owner', 'staging.moneylines is owned by mlb_owner');
SELECT has_view('staging', 'spreads', 'staging.spreads exists');
SELECT columns_are('staging', 'spreads', ARRAY['game_id', 'sportsbook_id', 'source', 'line_timing', 'observed_at', 'home_line', 'home_price', 'away_line', 'away_price', 'is_live', 'is_opener', 'raw_rows', 'pipeline_run_id'], 'staging.spreads has exactly its documented columns');
SELECT view_owner_is('staging', 'spreads', 'mlb_owner', 'staging.spreads is owned by mlb_owner');
SELECT has_view('staging', 'totals', 'staging.totals exists');
SELECT columns_are('staging', 'totals', ARRAY['game_id', 'sportsbook_id', 'source', 'line_timing', 'observed_at', 'total', 'over_price', 'under_price', 'is_live', 'is_opener', 'raw_rows', 'pipeline_run_id'], 'staging.totals has exactly its documented columns');
SELECT view_owner_is('staging', 'totals', 'mlb_owner', 'staging.totals is owned by mlb_owner');

SELECT * FROM finish();
ROLLBACK;
