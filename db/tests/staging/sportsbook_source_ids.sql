-- pgTAP: the contract of change staging/sportsbook_source_ids (each source book id mapped to a sportsbook).
-- Behaviour is tested where it is exercised end to end (staging/promote, curated/rebuild, ...).
BEGIN;
SELECT plan(3);

SELECT has_table('staging', 'sportsbook_source_ids', 'staging.sportsbook_source_ids exists');
SELECT columns_are('staging', 'sportsbook_source_ids', ARRAY['source', 'source_book_key', 'sportsbook_id', 'origin', 'raw_table', 'raw_id', 'outlet_name', 'brand_name', 'states', 'is_legal', 'raw_fetched_at'], 'staging.sportsbook_source_ids has exactly its documented columns');
SELECT table_owner_is('staging', 'sportsbook_source_ids', 'mlb_owner', 'staging.sportsbook_source_ids is owned by mlb_owner');

SELECT * FROM finish();
ROLLBACK;
