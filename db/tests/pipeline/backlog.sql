-- pgTAP: the contract of change pipeline/backlog (what waits per zone).
-- Behaviour is tested where it is exercised end to end (staging/promote, curated/rebuild, ...).
BEGIN;
SELECT plan(3);

SELECT has_view('pipeline', 'backlog', 'pipeline.backlog exists');
SELECT columns_are('pipeline', 'backlog', ARRAY['zone', 'waiting', 'oldest_waiting_since', 'zone_enabled'], 'pipeline.backlog has exactly its documented columns');
SELECT view_owner_is('pipeline', 'backlog', 'mlb_owner', 'pipeline.backlog is owned by mlb_owner');

SELECT * FROM finish();
ROLLBACK;
