-- pgTAP: the contract of change staging/team_for_alias (team code of an alias on a date).
-- Behaviour is tested where it is exercised end to end (staging/promote, curated/rebuild, ...).
BEGIN;
SELECT plan(3);

SELECT has_function('staging', 'team_for_alias', ARRAY['text', 'text', 'date']::name[], 'staging.team_for_alias(text, text, date) exists');
SELECT is((SELECT prosecdef FROM pg_proc WHERE oid = 'staging.team_for_alias(text, text, date)'::regprocedure), false, 'staging.team_for_alias is not SECURITY DEFINER');
SELECT is((SELECT r.rolname::text FROM pg_proc p JOIN pg_roles r ON r.oid = p.proowner WHERE p.oid = 'staging.team_for_alias(text, text, date)'::regprocedure), 'mlb_owner', 'staging.team_for_alias is owned by mlb_owner');

SELECT * FROM finish();
ROLLBACK;
