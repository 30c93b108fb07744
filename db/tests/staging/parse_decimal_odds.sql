-- pgTAP: staging.parse_decimal_odds, and decimal odds converted exactly (hand-checked values from a real
-- The Odds API response requested with oddsFormat=decimal, quoted in issue 12).
BEGIN;
SELECT plan(11);

SELECT is(staging.parse_decimal_odds('2.02'), 2.02, '2.02 is decimal odds');
SELECT is(staging.parse_decimal_odds(' 2.0 '), 2.0, '2.0 is decimal odds (not American 2)');
SELECT is(staging.parse_decimal_odds('-110'), NULL, '-110 is not');
SELECT is(staging.parse_decimal_odds('150.0'), NULL, '150.0 is American (decimal odds under 100 only)');
SELECT is(staging.parse_decimal_odds('abc'), NULL, 'text is not');
SELECT is(staging.decimal_to_american(staging.parse_decimal_odds('2.02')), 102, '2.02 -> +102');
SELECT is(staging.decimal_to_american(staging.parse_decimal_odds('2.0')), 100, '2.0 -> +100');
SELECT is(staging.decimal_to_american(staging.parse_decimal_odds('2.78')), 178, '2.78 -> +178');
SELECT is(staging.decimal_to_american(staging.parse_decimal_odds('1.74')), -135, '1.74 -> -135 (exactly -135.14)');
SELECT is(staging.decimal_to_american(staging.parse_decimal_odds('1.75')), -133, '1.75 -> -133');
-- Round trip where exact: every American price -10000..-100 and +100..+10000 -> decimal -> American.
SELECT is((SELECT count(*) FROM (SELECT a FROM generate_series(-10000, -100) a UNION ALL SELECT a FROM generate_series(100, 10000) a) x
            WHERE staging.decimal_to_american(staging.american_to_decimal(a)) <> CASE WHEN a = -100 THEN 100 ELSE a END), 0::bigint,
          'American -> decimal -> American is exact for every price from -10000 to +10000 (-100 and +100 are one price: +100)');

SELECT * FROM finish();
ROLLBACK;
