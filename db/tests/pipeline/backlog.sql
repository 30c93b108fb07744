-- pgTAP: the contract of change pipeline/backlog (what waits per zone).
-- Behaviour is tested where it is exercised end to end (staging/promote, curated/rebuild, ...).
BEGIN;
SELECT plan(7);

SELECT has_view('pipeline', 'backlog', 'pipeline.backlog exists');
SELECT columns_are('pipeline', 'backlog', ARRAY['zone', 'waiting', 'oldest_waiting_since', 'zone_enabled', 'alert'], 'pipeline.backlog has exactly its documented columns');
SELECT view_owner_is('pipeline', 'backlog', 'mlb_owner', 'pipeline.backlog is owned by mlb_owner');

-- The alert (reworked after v0.2.0).
DELETE FROM pipeline.promotion_queue;
SELECT is((SELECT alert FROM pipeline.backlog WHERE zone = 'staging'), NULL, 'no alert when nothing waits');
INSERT INTO pipeline.promotion_queue (raw_table, raw_id, queued_at) VALUES ('sbd_betting_splits', -1, now() - interval '2 minutes');
SELECT is((SELECT alert FROM pipeline.backlog WHERE zone = 'staging'), NULL, 'no alert for a fresh queue');
UPDATE pipeline.promotion_queue SET queued_at = now() - interval '1 hour';
SELECT matches((SELECT alert FROM pipeline.backlog WHERE zone = 'staging'), '^not draining: 1 waiting', 'a queue older than the alert setting is not draining');
UPDATE pipeline.settings SET value = 'false' WHERE key = 'pipeline.staging_enabled';
SELECT matches((SELECT alert FROM pipeline.backlog WHERE zone = 'staging'), 'disabled', 'a disabled zone with work waiting says so');

SELECT * FROM finish();
ROLLBACK;
