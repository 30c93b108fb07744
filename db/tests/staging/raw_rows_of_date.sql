-- pgTAP: the contract of change staging/raw_rows_of_date (raw rows a date rebuild reads again).
-- Behaviour is tested where it is exercised end to end (staging/promote, curated/rebuild, ...).
BEGIN;
SELECT plan(3);

SELECT has_function('staging', 'raw_rows_of_date', ARRAY['date']::name[], 'staging.raw_rows_of_date(date) exists');
SELECT is((SELECT prosecdef FROM pg_proc WHERE oid = 'staging.raw_rows_of_date(date)'::regprocedure), false, 'staging.raw_rows_of_date is not SECURITY DEFINER');
SELECT is((SELECT r.rolname::text FROM pg_proc p JOIN pg_roles r ON r.oid = p.proowner WHERE p.oid = 'staging.raw_rows_of_date(date)'::regprocedure), 'mlb_owner', 'staging.raw_rows_of_date is owned by mlb_owner');

SELECT * FROM finish();
ROLLBACK;
