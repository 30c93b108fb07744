-- pgTAP: staging/decimal_to_american (American odds of decimal odds): values in, values out. Owner, rights and comment: db/tests/setup/.
BEGIN;
SELECT plan(7);

SELECT is(staging.decimal_to_american(2.5), 150, '2.50 is +150');
SELECT is(staging.decimal_to_american(1.5), -200, '1.50 is -200');
SELECT is(staging.decimal_to_american(2.0), 100, '2.00 is +100');
SELECT is(staging.decimal_to_american(1.74), -135, '1.74 is -135 (-135.1 rounded)');
SELECT is(staging.decimal_to_american(2.02), 102, '2.02 is +102');
SELECT is(staging.decimal_to_american(1.0), NULL, 'a decimal price of 1 or less is none');
SELECT is_empty($$SELECT p FROM unnest(ARRAY[-300, -150, -110, 100, 120, 250]) p
                   WHERE staging.decimal_to_american(staging.american_to_decimal(p)) <> p$$,
  'American -> decimal -> American returns the price');

SELECT * FROM finish();
ROLLBACK;
