-- pgTAP: the contract of change staging/sportsbook_name_aliases (sportsbook names for catalogue matching).
-- Behaviour is tested where it is exercised end to end (staging/promote, curated/rebuild, ...).
BEGIN;
SELECT plan(3);

SELECT has_table('staging', 'sportsbook_name_aliases', 'staging.sportsbook_name_aliases exists');
SELECT columns_are('staging', 'sportsbook_name_aliases', ARRAY['alias', 'alias_normalized', 'sportsbook_id'], 'staging.sportsbook_name_aliases has exactly its documented columns');
SELECT table_owner_is('staging', 'sportsbook_name_aliases', 'mlb_owner', 'staging.sportsbook_name_aliases is owned by mlb_owner');

SELECT * FROM finish();
ROLLBACK;
