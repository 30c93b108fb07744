-- pgTAP: staging/american_to_implied_probability (implied probability of American odds): values in, values out. Owner, rights and comment: db/tests/setup/.
BEGIN;
SELECT plan(7);

SELECT is(round(staging.american_to_implied_probability(-110), 10), 0.5238095238, '-110: 110/210');
SELECT is(staging.american_to_implied_probability(150), 0.4, '+150: 100/250');
SELECT is(staging.american_to_implied_probability(100), 0.5, '+100: one half');
SELECT is(staging.american_to_implied_probability(-100), 0.5, '-100: one half');
SELECT is(round(staging.american_to_implied_probability(-300), 10), 0.75, '-300: 300/400');
SELECT is(staging.american_to_implied_probability(99), NULL, 'no price, no probability');
SELECT is(staging.american_to_implied_probability(NULL), NULL, 'NULL in, NULL out');

SELECT * FROM finish();
ROLLBACK;
