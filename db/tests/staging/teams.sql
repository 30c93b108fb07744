-- pgTAP: the contract of change staging/teams (the 30 clubs with their source ids).
-- Behaviour is tested where it is exercised end to end (staging/promote, curated/rebuild, ...).
BEGIN;
SELECT plan(3);

SELECT has_table('staging', 'teams', 'staging.teams exists');
SELECT columns_are('staging', 'teams', ARRAY['team_code', 'mlb_team_id', 'action_network_team_id', 'name', 'league', 'division'], 'staging.teams has exactly its documented columns');
SELECT table_owner_is('staging', 'teams', 'mlb_owner', 'staging.teams is owned by mlb_owner');

SELECT * FROM finish();
ROLLBACK;
