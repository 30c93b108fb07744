-- pgTAP: the contract of staging.betting_lines (one row per price observation): since issue 14 the readable
-- view of the narrow staging.betting_line_rows, with the columns, names and values the table had.
-- Behaviour is tested where it is exercised end to end (staging/promote, curated/rebuild, ...); the prices it computes here.
BEGIN;
SELECT plan(8);

SELECT has_view('staging', 'betting_lines', 'staging.betting_lines is a view');
SELECT columns_are('staging', 'betting_lines', ARRAY['line_id', 'game_id', 'sportsbook_id', 'market', 'side', 'line', 'american_price', 'decimal_price', 'implied_probability', 'observed_at', 'line_timing', 'is_opener', 'is_live', 'source', 'quality_score', 'raw_table', 'raw_id', 'pipeline_run_id', 'raw_fetched_at', 'outlet', 'stated_decimal_price'], 'staging.betting_lines has exactly its documented columns');
SELECT is(ARRAY(SELECT format_type(atttypid, atttypmod) FROM pg_attribute WHERE attrelid = 'staging.betting_lines'::regclass AND attnum > 0 ORDER BY attnum),
          ARRAY['bigint', 'bigint', 'integer', 'text', 'text', 'numeric(5,1)', 'integer', 'numeric', 'numeric', 'timestamp with time zone', 'text', 'boolean', 'boolean', 'text', 'numeric(4,3)', 'text', 'bigint', 'bigint', 'timestamp with time zone', 'text', 'numeric'],
          'and the types the table had');
SELECT view_owner_is('staging', 'betting_lines', 'mlb_owner', 'staging.betting_lines is owned by mlb_owner');
SELECT ok(has_table_privilege('mlb_analyst', 'staging.betting_lines', 'SELECT'), 'analysts read it');
SELECT is((SELECT count(*) FROM pg_attribute WHERE attrelid = 'staging.betting_lines'::regclass AND attnum > 0
            AND col_description(attrelid, attnum) IS NULL), 0::bigint, 'every column is described');

-- Decimal odds as stated (issue 29): 1.74 is stored as -135 beside its stated price, and read back as 1.74 and 1/1.74,
-- not as the rounded -135's 1.7407.
\ir ../fixtures/one_game_and_book.psql
INSERT INTO staging.betting_lines (game_id, sportsbook_id, market, side, american_price, stated_decimal_price, observed_at, source,
                                   quality_score, raw_table, raw_id, raw_fetched_at, pipeline_run_id)
SELECT game_id, sportsbook_id, 'moneyline', 'home', -135, 1.74, '2031-01-01 12:00Z', 'odds_api', 1, 'odds_api_responses', 1, now(), run_id
  FROM tap_refs;
SELECT pg_temp.add_line(game_id, sportsbook_id, 'sbd', run_id, -135) FROM tap_refs;
SELECT results_eq($$SELECT source, american_price, decimal_price, implied_probability FROM staging.betting_lines
                     WHERE game_id = (SELECT game_id FROM tap_refs) ORDER BY source$$,
  $$VALUES ('odds_api', -135, 1.74::numeric, 1 / 1.74::numeric), ('sbd', -135, 1 + 100 / 135::numeric, 135 / 235::numeric)$$,
  'stated decimal odds are the decimal price and its inverse the implied probability; American odds convert exactly');
SELECT is((SELECT count(*)::int FROM staging.betting_lines WHERE stated_decimal_price IS NOT NULL
            AND (decimal_price <> stated_decimal_price OR implied_probability <> 1 / stated_decimal_price)), 0,
  'no stated decimal price is read as another');

SELECT * FROM finish();
ROLLBACK;
