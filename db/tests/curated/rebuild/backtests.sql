-- pgTAP: the contract of change curated/rebuild/backtests (curated rebuild step: strategy backtests).
-- Behaviour is tested where it is exercised end to end (staging/promote, curated/rebuild, ...).
BEGIN;
SELECT plan(3);

SELECT has_function('curated', 'rebuild_backtests', ARRAY['bigint', 'text']::name[], 'curated.rebuild_backtests(bigint, text) exists');
SELECT is((SELECT prosecdef FROM pg_proc WHERE oid = 'curated.rebuild_backtests(bigint, text)'::regprocedure), false, 'curated.rebuild_backtests is not SECURITY DEFINER');
SELECT is((SELECT r.rolname::text FROM pg_proc p JOIN pg_roles r ON r.oid = p.proowner WHERE p.oid = 'curated.rebuild_backtests(bigint, text)'::regprocedure), 'mlb_owner', 'curated.rebuild_backtests is owned by mlb_owner');

SELECT * FROM finish();
ROLLBACK;
