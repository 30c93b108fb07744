-- pgTAP: curated/profit_units (profit at the price taken): values in, values out. Owner, rights and comment: db/tests/setup/.
BEGIN;
SELECT plan(6);

SELECT is(curated.profit_units('win', 150), 1.5, 'a win at +150 pays 1.5 units');
SELECT is(round(curated.profit_units('win', -120), 6), 0.833333, 'a win at -120 pays 100/120');
SELECT is(curated.profit_units('win', -110) < 1, true, 'never a flat -110 assumption: a -110 win pays 0.909');
SELECT is(curated.profit_units('loss', 150), -1::numeric, 'a loss costs the unit, whatever the price');
SELECT is(curated.profit_units('push', 150), 0::numeric, 'a push returns the stake');
SELECT is(curated.profit_units('void', -200), 0::numeric, 'so does a void');

SELECT * FROM finish();
ROLLBACK;
