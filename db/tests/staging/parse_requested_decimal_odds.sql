-- pgTAP: staging.parse_requested_decimal_odds reads any unsigned number as decimal odds, exactly.
BEGIN;
SELECT plan(1);
SELECT results_eq($$SELECT staging.parse_requested_decimal_odds(t) FROM unnest(ARRAY['2', '2.0', ' 1.74 ', '11', '1.0125', '-110', '+150', 'EVEN', '', NULL, '1e3']) t$$,
  $$VALUES (2::numeric), (2.0), (1.74), (11), (1.0125), (NULL), (NULL), (NULL), (NULL), (NULL), (NULL)$$,
  'even money written 2, decimals kept exact; signed, words and exponents are no decimal odds');
SELECT * FROM finish();
ROLLBACK;
