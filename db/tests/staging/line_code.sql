-- staging.line_code: the code of a name, exactly as staging.line_codes lists it.
BEGIN;
SELECT plan(4);

SELECT is((SELECT count(*) FROM staging.line_codes c WHERE staging.line_code(c.kind, c.name) IS DISTINCT FROM c.code), 0::bigint,
          'every listed name gets its listed code');
SELECT is(staging.line_code('market', 'first five moneyline'), NULL, 'a name the list does not hold has no code');
SELECT is(staging.line_code('side', 'total'), NULL, 'a name of another kind has no code');
SET LOCAL ROLE mlb_analyst;
SELECT is(staging.line_code('market', 'total'), 't'::"char", 'the analyst may run it (the views that name codes by it are the analyst''s)');
RESET ROLE;

SELECT * FROM finish();
ROLLBACK;
