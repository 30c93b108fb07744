-- pgTAP: the contract of change curated/rebuild/reverse_line_movement (curated rebuild step: reverse line movement).
-- Behaviour is tested where it is exercised end to end (staging/promote, curated/rebuild, ...).
BEGIN;
SELECT plan(3);

SELECT has_function('curated', 'rebuild_reverse_line_movement', ARRAY['bigint', 'bigint[]']::name[], 'curated.rebuild_reverse_line_movement(bigint, bigint[]) exists');
SELECT is((SELECT prosecdef FROM pg_proc WHERE oid = 'curated.rebuild_reverse_line_movement(bigint, bigint[])'::regprocedure), false, 'curated.rebuild_reverse_line_movement is not SECURITY DEFINER');
SELECT is((SELECT r.rolname::text FROM pg_proc p JOIN pg_roles r ON r.oid = p.proowner WHERE p.oid = 'curated.rebuild_reverse_line_movement(bigint, bigint[])'::regprocedure), 'mlb_owner', 'curated.rebuild_reverse_line_movement is owned by mlb_owner');

SELECT * FROM finish();
ROLLBACK;
