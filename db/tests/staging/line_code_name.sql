-- staging.line_code_name: the name of a code, exactly as staging.line_codes lists it.
BEGIN;
SELECT plan(3);

SELECT is((SELECT count(*) FROM staging.line_codes c WHERE staging.line_code_name(c.kind, c.code) IS DISTINCT FROM c.name), 0::bigint,
          'every listed code gets its listed name');
SELECT is((SELECT count(*) FROM staging.line_codes c
            WHERE staging.line_code_name(c.kind, staging.line_code(c.kind, c.name)) IS DISTINCT FROM c.name), 0::bigint,
          'name -> code -> name is the identity');
SELECT is(staging.line_code_name('market', 'x'), NULL, 'a code the list does not hold has no name');

SELECT * FROM finish();
ROLLBACK;
