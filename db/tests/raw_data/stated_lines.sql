-- pgTAP: the contract of change raw_data/stated_lines (prices a raw table states, through its parser).
-- Behaviour is tested where it is exercised end to end (staging/promote, curated/rebuild, ...).
BEGIN;
SELECT plan(3);

SELECT has_function('raw_data', 'stated_lines', ARRAY['text', 'bigint[]']::name[], 'raw_data.stated_lines(text, bigint[]) exists');
SELECT is((SELECT prosecdef FROM pg_proc WHERE oid = 'raw_data.stated_lines(text, bigint[])'::regprocedure), false, 'raw_data.stated_lines is not SECURITY DEFINER');
SELECT is((SELECT r.rolname::text FROM pg_proc p JOIN pg_roles r ON r.oid = p.proowner WHERE p.oid = 'raw_data.stated_lines(text, bigint[])'::regprocedure), 'mlb_owner', 'raw_data.stated_lines is owned by mlb_owner');

SELECT * FROM finish();
ROLLBACK;
