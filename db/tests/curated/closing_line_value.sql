-- pgTAP: curated/closing_line_value (closing line value of a price): values in, values out. Owner, rights and comment: db/tests/setup/.
BEGIN;
SELECT plan(4);

SELECT is(curated.closing_line_value(110, 0.5), 0.05, '+110 taken, fair close 0.5: +5% (2.10 x 0.5 - 1)');
SELECT is(round(curated.closing_line_value(-120, 0.5), 6), -0.083333, '-120 taken, fair close 0.5: -8.3%');
SELECT is(curated.closing_line_value(100, 0.5), 0.0, 'even money at a fair coin: no value');
SELECT is(curated.closing_line_value(110, NULL), NULL, 'no close, no CLV');

SELECT * FROM finish();
ROLLBACK;
