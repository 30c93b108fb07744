-- pgTAP: staging/implied_probability_to_american (American odds of a probability): values in, values out. Owner, rights and comment: db/tests/setup/.
BEGIN;
SELECT plan(6);

SELECT is(staging.implied_probability_to_american(0.6), -150, '0.6 is -150');
SELECT is(staging.implied_probability_to_american(0.4), 150, '0.4 is +150');
SELECT is(staging.implied_probability_to_american(0.5), -100, '0.5 is even money, written -100');
SELECT is(staging.implied_probability_to_american(0.5238), -110, '0.5238 is -110 (rounded)');
SELECT is(staging.implied_probability_to_american(1), NULL, 'a certainty has no price');
SELECT is(staging.implied_probability_to_american(0), NULL, 'nor does an impossibility');

SELECT * FROM finish();
ROLLBACK;
