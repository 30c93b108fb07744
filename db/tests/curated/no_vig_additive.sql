-- pgTAP: curated/no_vig_additive (no-vig probability, additive): values in, values out. Owner, rights and comment: db/tests/setup/.
BEGIN;
SELECT plan(3);

SELECT is(round(curated.no_vig_additive(0.6, 100 / 230.0), 6), 0.582609, '-150/+130: 0.6 - (0.6 + 0.434783 - 1) / 2');
SELECT is(round(curated.no_vig_additive(0.6, 100 / 230.0) + curated.no_vig_additive(100 / 230.0, 0.6), 12), 1.0, 'the two sides sum to one');
SELECT is(curated.no_vig_additive(0.5, 0.5), 0.5, 'no overround: the probability itself');

SELECT * FROM finish();
ROLLBACK;
