-- pgTAP: the contract of change staging/promote_until_empty (drain the whole queue, a commit per batch).
-- Behaviour is tested where it is exercised end to end (staging/promote, curated/rebuild, ...).
BEGIN;
SELECT plan(3);

SELECT has_function('staging', 'promote_until_empty', ARRAY['bigint', 'bigint', 'text', 'int']::name[], 'staging.promote_until_empty(bigint, bigint, text, int) exists');
SELECT is((SELECT prosecdef FROM pg_proc WHERE oid = 'staging.promote_until_empty(bigint, bigint, text, int)'::regprocedure), false, 'staging.promote_until_empty is not SECURITY DEFINER');
SELECT is((SELECT r.rolname::text FROM pg_proc p JOIN pg_roles r ON r.oid = p.proowner WHERE p.oid = 'staging.promote_until_empty(bigint, bigint, text, int)'::regprocedure), 'mlb_owner', 'staging.promote_until_empty is owned by mlb_owner');

SELECT * FROM finish();
ROLLBACK;
