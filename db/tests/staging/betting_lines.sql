-- pgTAP: the contract of staging.betting_lines (one row per price observation): since issue 14 the readable
-- view of the narrow staging.betting_line_rows, with the columns, names and values the table had.
-- Behaviour is tested where it is exercised end to end (staging/promote, curated/rebuild, ...).
BEGIN;
SELECT plan(6);

SELECT has_view('staging', 'betting_lines', 'staging.betting_lines is a view');
SELECT columns_are('staging', 'betting_lines', ARRAY['line_id', 'game_id', 'sportsbook_id', 'market', 'side', 'line', 'american_price', 'decimal_price', 'implied_probability', 'observed_at', 'line_timing', 'is_opener', 'is_live', 'source', 'quality_score', 'raw_table', 'raw_id', 'pipeline_run_id', 'raw_fetched_at', 'outlet', 'stated_decimal_price'], 'staging.betting_lines has exactly its documented columns');
SELECT is(ARRAY(SELECT format_type(atttypid, atttypmod) FROM pg_attribute WHERE attrelid = 'staging.betting_lines'::regclass AND attnum > 0 ORDER BY attnum),
          ARRAY['bigint', 'bigint', 'integer', 'text', 'text', 'numeric(5,1)', 'integer', 'numeric', 'numeric', 'timestamp with time zone', 'text', 'boolean', 'boolean', 'text', 'numeric(4,3)', 'text', 'bigint', 'bigint', 'timestamp with time zone', 'text', 'numeric'],
          'and the types the table had');
SELECT view_owner_is('staging', 'betting_lines', 'mlb_owner', 'staging.betting_lines is owned by mlb_owner');
SELECT ok(has_table_privilege('mlb_analyst', 'staging.betting_lines', 'SELECT'), 'analysts read it');
SELECT is((SELECT count(*) FROM pg_attribute WHERE attrelid = 'staging.betting_lines'::regclass AND attnum > 0
            AND col_description(attrelid, attnum) IS NULL), 0::bigint, 'every column is described');

SELECT * FROM finish();
ROLLBACK;
