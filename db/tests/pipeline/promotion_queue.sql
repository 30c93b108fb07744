-- pgTAP: the contract of change pipeline/promotion_queue (raw rows waiting for promotion).
-- Behaviour is tested where it is exercised end to end (staging/promote, curated/rebuild, ...).
BEGIN;
SELECT plan(3);

SELECT has_table('pipeline', 'promotion_queue', 'pipeline.promotion_queue exists');
SELECT columns_are('pipeline', 'promotion_queue', ARRAY['raw_table', 'raw_id', 'queued_at'], 'pipeline.promotion_queue has exactly its documented columns');
SELECT table_owner_is('pipeline', 'promotion_queue', 'mlb_owner', 'pipeline.promotion_queue is owned by mlb_owner');

SELECT * FROM finish();
ROLLBACK;
