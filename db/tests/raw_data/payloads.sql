-- pgTAP: the contract of change raw_data/payloads (raw payloads of every listed table in one shape).
-- Behaviour is tested where it is exercised end to end (staging/promote, curated/rebuild, ...).
BEGIN;
SELECT plan(3);

SELECT has_function('raw_data', 'payloads', ARRAY['text']::name[], 'raw_data.payloads(text) exists');
SELECT is((SELECT prosecdef FROM pg_proc WHERE oid = 'raw_data.payloads(text)'::regprocedure), false, 'raw_data.payloads is not SECURITY DEFINER');
SELECT is((SELECT r.rolname::text FROM pg_proc p JOIN pg_roles r ON r.oid = p.proowner WHERE p.oid = 'raw_data.payloads(text)'::regprocedure), 'mlb_owner', 'raw_data.payloads is owned by mlb_owner');

SELECT * FROM finish();
ROLLBACK;
