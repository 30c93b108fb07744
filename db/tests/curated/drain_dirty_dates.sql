-- pgTAP: the contract of change curated/drain_dirty_dates (rebuild the oldest dirty dates).
-- Behaviour is tested where it is exercised end to end (staging/promote, curated/rebuild, ...).
BEGIN;
SELECT plan(3);

SELECT has_function('curated', 'drain_dirty_dates', ARRAY['int']::name[], 'curated.drain_dirty_dates(int) exists');
SELECT is((SELECT prosecdef FROM pg_proc WHERE oid = 'curated.drain_dirty_dates(int)'::regprocedure), true, 'curated.drain_dirty_dates is SECURITY DEFINER');
SELECT is((SELECT r.rolname::text FROM pg_proc p JOIN pg_roles r ON r.oid = p.proowner WHERE p.oid = 'curated.drain_dirty_dates(int)'::regprocedure), 'mlb_owner', 'curated.drain_dirty_dates is owned by mlb_owner');

SELECT * FROM finish();
ROLLBACK;
