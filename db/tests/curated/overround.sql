-- pgTAP: curated/overround (overround of two sides): values in, values out. Owner, rights and comment: db/tests/setup/.
BEGIN;
SELECT plan(3);

SELECT is(round(curated.overround(staging.american_to_implied_probability(-110), staging.american_to_implied_probability(-110)), 6),
          0.047619, '-110/-110: 4.76% over a fair book');
SELECT is(curated.overround(0.5, 0.5), 0.0, 'a fair book has none');
SELECT is(round(curated.overround(0.6, 100 / 230.0), 6), 0.034783, '-150/+130: 3.48%');

SELECT * FROM finish();
ROLLBACK;
