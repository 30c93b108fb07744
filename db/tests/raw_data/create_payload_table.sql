-- pgTAP: the contract of change raw_data/create_payload_table (creates a listed raw payload table).
-- Behaviour is tested where it is exercised end to end (staging/promote, curated/rebuild, ...).
BEGIN;
SELECT plan(3);

SELECT has_function('raw_data', 'create_payload_table', ARRAY['text']::name[], 'raw_data.create_payload_table(text) exists');
SELECT is((SELECT prosecdef FROM pg_proc WHERE oid = 'raw_data.create_payload_table(text)'::regprocedure), false, 'raw_data.create_payload_table is not SECURITY DEFINER');
SELECT is((SELECT r.rolname::text FROM pg_proc p JOIN pg_roles r ON r.oid = p.proowner WHERE p.oid = 'raw_data.create_payload_table(text)'::regprocedure), 'mlb_owner', 'raw_data.create_payload_table is owned by mlb_owner');

SELECT * FROM finish();
ROLLBACK;
