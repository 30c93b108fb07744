-- pgTAP: the contract of change staging/sportsbooks (sportsbooks).
-- Behaviour is tested where it is exercised end to end (staging/promote, curated/rebuild, ...).
BEGIN;
SELECT plan(3);

SELECT has_table('staging', 'sportsbooks', 'staging.sportsbooks exists');
SELECT columns_are('staging', 'sportsbooks', ARRAY['sportsbook_id', 'book_key', 'name', 'is_bettable', 'kind'], 'staging.sportsbooks has exactly its documented columns');
SELECT table_owner_is('staging', 'sportsbooks', 'mlb_owner', 'staging.sportsbooks is owned by mlb_owner');

SELECT * FROM finish();
ROLLBACK;
