-- pgTAP: curated/hold (hold of two sides): values in, values out. Owner, rights and comment: db/tests/setup/.
BEGIN;
SELECT plan(3);

SELECT is(round(curated.hold(staging.american_to_implied_probability(-110), staging.american_to_implied_probability(-110)), 6),
          0.045455, '-110/-110: the book keeps 4.55% of money staked in proportion');
SELECT is(curated.hold(0.5, 0.5), 0.0, 'a fair book keeps nothing');
SELECT is(curated.hold(0, 0), NULL, 'no prices, no hold');

SELECT * FROM finish();
ROLLBACK;
