-- staging.line_codes: the one list of market, side and timing codes.
BEGIN;
SELECT plan(3);

SELECT set_eq($$SELECT kind, name FROM staging.line_codes$$,
              $$VALUES ('market', 'moneyline'), ('market', 'spread'), ('market', 'total'), ('side', 'home'), ('side', 'away'),
                       ('side', 'over'), ('side', 'under'), ('timing', 'observed'), ('timing', 'open'), ('timing', 'close')$$,
              'every market, side and timing staging.betting_lines knows has a code');
-- The CHECKs of the narrow table allow exactly the listed codes.
SELECT set_eq($$SELECT c.kind, c.code::text FROM staging.line_codes c$$,
              $$SELECT k.kind, x[1] FROM (VALUES ('market', 'market'), ('side', 'side'), ('timing', 'line_timing')) k(kind, col)
                  CROSS JOIN LATERAL regexp_matches((SELECT pg_get_constraintdef(oid) FROM pg_constraint
                                                      WHERE conrelid = 'staging.betting_line_rows'::regclass AND contype = 'c'
                                                        AND pg_get_constraintdef(oid) LIKE 'CHECK ((' || k.col || ' = ANY%'),
                                                    '''(.)''::"char"', 'g') x$$,
              'the table''s CHECKs allow exactly the listed codes');
SELECT ok(has_table_privilege('mlb_analyst', 'staging.line_codes', 'SELECT'), 'analysts read the list');

SELECT * FROM finish();
ROLLBACK;
