-- pgTAP: the contract of change raw_data/payload_table_for (raw table of a source endpoint).
-- Behaviour is tested where it is exercised end to end (staging/promote, curated/rebuild, ...).
BEGIN;
SELECT plan(3);

SELECT has_function('raw_data', 'payload_table_for', ARRAY['text', 'text']::name[], 'raw_data.payload_table_for(text, text) exists');
SELECT is((SELECT prosecdef FROM pg_proc WHERE oid = 'raw_data.payload_table_for(text, text)'::regprocedure), false, 'raw_data.payload_table_for is not SECURITY DEFINER');
SELECT is((SELECT r.rolname::text FROM pg_proc p JOIN pg_roles r ON r.oid = p.proowner WHERE p.oid = 'raw_data.payload_table_for(text, text)'::regprocedure), 'mlb_owner', 'raw_data.payload_table_for is owned by mlb_owner');

SELECT * FROM finish();
ROLLBACK;
