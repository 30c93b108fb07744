-- pgTAP: curated/no_vig_multiplicative (no-vig probability, multiplicative): values in, values out. Owner, rights and comment: db/tests/setup/.
BEGIN;
SELECT plan(4);

SELECT is(round(curated.no_vig_multiplicative(staging.american_to_implied_probability(-110), staging.american_to_implied_probability(-110)), 10),
          0.5, '-110/-110: each side one half');
SELECT is(round(curated.no_vig_multiplicative(0.6, 100 / 230.0), 6), 0.579832, '-150/+130: 0.6 / (0.6 + 0.434783)');
SELECT is(round(curated.no_vig_multiplicative(0.6, 100 / 230.0) + curated.no_vig_multiplicative(100 / 230.0, 0.6), 12), 1.0,
          'the two sides sum to one');
SELECT is(curated.no_vig_multiplicative(0, 0), NULL, 'no prices, no probability');

SELECT * FROM finish();
ROLLBACK;
