-- pgTAP: staging/parse_american_odds (american odds from text): rows in, rows out. Owner, rights and comment: db/tests/setup/.
BEGIN;
SELECT plan(3);

SELECT results_eq(
  $$SELECT staging.parse_american_odds(x) FROM unnest(ARRAY['-110', '+125', '125', '-0', '+000110', '123456', '-1234567',
    ' -110 ', '-110.0', '-110.5', 'EVEN', 'ev', '', '+', '1e3', NULL]) WITH ORDINALITY u(x, n) ORDER BY n$$,
  $$VALUES (-110), (125), (125), (0), (110), (123456), (NULL::int), (-110), (-110), (NULL), (100), (100), (NULL), (NULL), (NULL), (NULL)$$,
  'American odds: the usual form, padding, a .0 fraction and EVEN read; seven digits, other fractions, words and empty text are NULL');
-- Every text of up to five characters from signs, digits, a point, a space and a letter: the same value as the
-- body before the fast path (the pattern alone), so the fast path only takes text the pattern reads the same way.
CREATE TEMP TABLE odds_texts AS
  WITH RECURSIVE t(x) AS (SELECT ''::text UNION ALL
    SELECT t.x || c FROM t CROSS JOIN unnest(ARRAY['+', '-', '0', '7', '.', ' ', 'E']) c WHERE length(t.x) < 5)
  SELECT x FROM t UNION ALL SELECT x FROM unnest(ARRAY['123456', '-123456', '+123456', '1234567', '-1234567', '+000001']) x;
SELECT cmp_ok((SELECT count(*)::int FROM odds_texts), '>', 19000, 'the generated texts are there');
SELECT is((SELECT count(*)::int FROM odds_texts
            WHERE staging.parse_american_odds(x) IS DISTINCT FROM
                  CASE WHEN upper(btrim(x)) IN ('EVEN', 'EV', 'EVS') THEN 100
                       WHEN btrim(x) ~ '^[+-]?\d{1,6}(\.0+)?$' THEN btrim(x)::numeric::int END), 0,
          'the fast path reads every generated text as the pattern does');

SELECT * FROM finish();
ROLLBACK;
