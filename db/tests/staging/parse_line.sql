-- pgTAP: staging/parse_line (points from text): rows in, rows out. Owner, rights and comment: db/tests/setup/.
BEGIN;
SELECT plan(3);

SELECT results_eq(
  $$SELECT staging.parse_line(x) FROM unnest(ARRAY['-1.5', '+1.5', '8.5', '9', '10.50', '.5', '-.5', '5.', ' 8.5 ', 'PK',
    'pick''em', '', '.', '+', '1.2.3', '5+', '+-5', '1e3', NULL]) WITH ORDINALITY u(x, n) ORDER BY n$$,
  $$VALUES (-1.5), (1.5), (8.5), (9), (10.50), (0.5), (-0.5), (5), (8.5), (0), (0), (NULL::numeric), (NULL), (NULL), (NULL),
           (NULL), (NULL), (NULL), (NULL)$$,
  'points: signs, fractions, a leading or trailing point, padding and PK read; empty text, lone signs or points and anything else are NULL');
-- Every text of up to five characters from signs, digits, points, a space and a letter: the same value as the
-- body before the fast path, so the fast path only takes text the pattern reads the same way.
CREATE TEMP TABLE line_texts AS
  WITH RECURSIVE t(x) AS (SELECT ''::text UNION ALL
    SELECT t.x || c FROM t CROSS JOIN unnest(ARRAY['+', '-', '0', '7', '.', ' ', 'k']) c WHERE length(t.x) < 5)
  SELECT x FROM t;
SELECT cmp_ok((SELECT count(*)::int FROM line_texts), '>', 19000, 'the generated texts are there');
SELECT is((SELECT count(*)::int FROM line_texts
            WHERE staging.parse_line(x) IS DISTINCT FROM
                  CASE WHEN lower(btrim(x)) IN ('pk', 'pick', 'pickem', 'pick''em') THEN 0
                       WHEN btrim(x) ~ '^[+-]?(\d+(\.\d*)?|\.\d+)$' THEN btrim(x)::numeric END), 0,
          'the fast path reads every generated text as the pattern does');

SELECT * FROM finish();
ROLLBACK;
