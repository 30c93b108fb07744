-- The odds functions are NULL on NULL input without being declared STRICT,
-- so PostgreSQL inlines them into bulk statements and generated columns.
BEGIN;
SELECT plan(11);

SELECT is(staging.parse_american_odds(NULL), NULL, 'parse_american_odds(NULL) is NULL');
SELECT is(staging.parse_line(NULL), NULL, 'parse_line(NULL) is NULL');
SELECT is(staging.american_to_decimal(NULL), NULL, 'american_to_decimal(NULL) is NULL');
SELECT is(staging.decimal_to_american(NULL), NULL, 'decimal_to_american(NULL) is NULL');
SELECT is(staging.american_to_implied_probability(NULL), NULL, 'american_to_implied_probability(NULL) is NULL');
SELECT is(staging.implied_probability_to_american(NULL), NULL, 'implied_probability_to_american(NULL) is NULL');
SELECT is(curated.no_vig_multiplicative(NULL, 0.5), NULL, 'no_vig_multiplicative with a NULL side is NULL');
SELECT is(curated.no_vig_multiplicative(0.5, NULL), NULL, 'no_vig_multiplicative with a NULL other side is NULL');
SELECT is(curated.hold(0.5, NULL), NULL, 'hold with a NULL side is NULL');

-- Inlined: the plan shows the CASE body, not a call of the function.
CREATE TEMP TABLE prices AS SELECT '-110'::text AS price_text, -110 AS american;
CREATE FUNCTION pg_temp.plan_text(q text) RETURNS text LANGUAGE plpgsql AS $$
DECLARE r text; t text := '';
BEGIN
  FOR r IN EXECUTE 'EXPLAIN (VERBOSE, COSTS OFF) ' || q LOOP t := t || r || E'\n'; END LOOP;
  RETURN t;
END $$;
SELECT unalike(pg_temp.plan_text('SELECT staging.parse_american_odds(price_text), staging.parse_line(price_text) FROM prices'),
               '%parse_%', 'parse_american_odds and parse_line are inlined');
SELECT unalike(pg_temp.plan_text('SELECT staging.american_to_decimal(american), staging.american_to_implied_probability(american) FROM prices'),
               '%american_to_%', 'american_to_decimal and american_to_implied_probability are inlined');

SELECT * FROM finish();
ROLLBACK;
