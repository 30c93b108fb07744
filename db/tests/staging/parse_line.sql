-- pgTAP: the contract of change staging/parse_line (points from text).
-- Behaviour is tested where it is exercised end to end (staging/promote, curated/rebuild, ...).
BEGIN;
SELECT plan(3);

SELECT has_function('staging', 'parse_line', ARRAY['text']::name[], 'staging.parse_line(text) exists');
SELECT is((SELECT prosecdef FROM pg_proc WHERE oid = 'staging.parse_line(text)'::regprocedure), false, 'staging.parse_line is not SECURITY DEFINER');
SELECT is((SELECT r.rolname::text FROM pg_proc p JOIN pg_roles r ON r.oid = p.proowner WHERE p.oid = 'staging.parse_line(text)'::regprocedure), 'mlb_owner', 'staging.parse_line is owned by mlb_owner');

SELECT * FROM finish();
ROLLBACK;
