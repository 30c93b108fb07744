-- pgTAP: staging/american_to_decimal (decimal odds of American odds): values in, values out. Owner, rights and comment: db/tests/setup/.
BEGIN;
SELECT plan(8);

SELECT is(staging.american_to_decimal(150), 2.5, '+150 returns 2.5 a unit');
SELECT is(staging.american_to_decimal(-200), 1.5, '-200 returns 1.5');
SELECT is(staging.american_to_decimal(100), 2.0, '+100 is even money, 2.0');
SELECT is(staging.american_to_decimal(-100), 2.0, '-100 is even money too');
SELECT is(round(staging.american_to_decimal(-110), 10), 1.9090909091, '-110: 1 + 100/110, exact to the digit');
SELECT is(staging.american_to_decimal(117), 2.17, '+117 returns 2.17');
SELECT is(staging.american_to_decimal(-50), NULL, 'between -100 and +100 is no price: NULL');
SELECT is(staging.american_to_decimal(NULL), NULL, 'NULL in, NULL out');

SELECT * FROM finish();
ROLLBACK;
