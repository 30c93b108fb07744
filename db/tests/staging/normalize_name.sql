-- pgTAP: staging/normalize_name (name normalised for alias lookups): values in, values out. Owner, rights and comment: db/tests/setup/.
BEGIN;
SELECT plan(4);

SELECT is(staging.normalize_name('  New   York  Mets '), 'new york mets', 'trimmed, lower case, inner spaces collapsed');
SELECT is(staging.normalize_name('NYM'), staging.normalize_name('nym'), 'case does not matter');
SELECT is(staging.normalize_name('   '), NULL, 'blank is no name');
SELECT isnt(staging.normalize_name('Mets'), staging.normalize_name('New York Mets'), 'nothing else: a part of a name is another name');

SELECT * FROM finish();
ROLLBACK;
