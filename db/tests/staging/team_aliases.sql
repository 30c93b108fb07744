-- pgTAP: the contract of change staging/team_aliases (explicit team aliases per source with validity).
-- Behaviour is tested where it is exercised end to end (staging/promote, curated/rebuild, ...).
BEGIN;
SELECT plan(3);

SELECT has_table('staging', 'team_aliases', 'staging.team_aliases exists');
SELECT columns_are('staging', 'team_aliases', ARRAY['source', 'alias', 'alias_normalized', 'team_code', 'valid_from', 'valid_to', 'note'], 'staging.team_aliases has exactly its documented columns');
SELECT table_owner_is('staging', 'team_aliases', 'mlb_owner', 'staging.team_aliases is owned by mlb_owner');

SELECT * FROM finish();
ROLLBACK;
