-- pgTAP: the contract of change staging/promote/payload_games (behaviour: agent/tests/test_unattended.py,
-- a rescheduled game's payloads promoted in one batch and one by one).
BEGIN;
SELECT plan(3);

SELECT has_function('staging', 'promote_payload_games', ARRAY['bigint'], 'staging.promote_payload_games(bigint) exists');
SELECT is((SELECT prosecdef FROM pg_proc WHERE oid = 'staging.promote_payload_games(bigint)'::regprocedure), false,
  'it is not SECURITY DEFINER');
SELECT is((SELECT r.rolname::text FROM pg_proc p JOIN pg_roles r ON r.oid = p.proowner
            WHERE p.oid = 'staging.promote_payload_games(bigint)'::regprocedure), 'mlb_owner', 'and owned by mlb_owner');

SELECT * FROM finish();
ROLLBACK;
