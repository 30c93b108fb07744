-- pgTAP: the contract of change pipeline/dirty_dates (dates staging changed).
-- Behaviour is tested where it is exercised end to end (staging/promote, curated/rebuild, ...).
BEGIN;
SELECT plan(3);

SELECT has_table('pipeline', 'dirty_dates', 'pipeline.dirty_dates exists');
SELECT columns_are('pipeline', 'dirty_dates', ARRAY['game_date', 'marked_at'], 'pipeline.dirty_dates has exactly its documented columns');
SELECT table_owner_is('pipeline', 'dirty_dates', 'mlb_owner', 'pipeline.dirty_dates is owned by mlb_owner');

SELECT * FROM finish();
ROLLBACK;
