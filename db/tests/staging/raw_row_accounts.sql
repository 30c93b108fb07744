-- pgTAP: staging.raw_row_accounts (what became of every element a raw row states).
BEGIN;
SELECT plan(3);
SELECT has_pk('staging', 'raw_row_accounts', 'one account per raw row and kind of element');
SELECT col_has_check('staging', 'raw_row_accounts', 'entity', 'the kinds are listed');
SELECT ok(has_table_privilege('mlb_analyst', 'staging.raw_row_accounts', 'SELECT'), 'the analyst reads it');
SELECT * FROM finish();
ROLLBACK;
