-- pgTAP: the contract of change staging/betting_lines (one row per price observation).
-- Behaviour is tested where it is exercised end to end (staging/promote, curated/rebuild, ...).
BEGIN;
SELECT plan(4);

SELECT has_table('staging', 'betting_lines', 'staging.betting_lines exists');
SELECT columns_are('staging', 'betting_lines', ARRAY['line_id', 'game_id', 'sportsbook_id', 'market', 'side', 'line', 'american_price', 'decimal_price', 'implied_probability', 'observed_at', 'line_timing', 'is_opener', 'is_live', 'source', 'quality_score', 'raw_table', 'raw_id', 'pipeline_run_id', 'raw_fetched_at', 'outlet', 'stated_decimal_price'], 'staging.betting_lines has exactly its documented columns');
SELECT col_not_null('staging', 'betting_lines', 'raw_fetched_at', 'every line carries its raw row''s fetch time (the first key of which copy wins)');
SELECT table_owner_is('staging', 'betting_lines', 'mlb_owner', 'staging.betting_lines is owned by mlb_owner');

SELECT * FROM finish();
ROLLBACK;
