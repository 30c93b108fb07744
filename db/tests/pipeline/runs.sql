-- pgTAP: the contract of change pipeline/runs (promotion and rebuild runs).
-- Behaviour is tested where it is exercised end to end (staging/promote, curated/rebuild, ...).
BEGIN;
SELECT plan(5);

SELECT has_table('pipeline', 'runs', 'pipeline.runs exists');
SELECT columns_are('pipeline', 'runs', ARRAY['id', 'zone', 'kind', 'target_date', 'started_at', 'finished_at', 'status', 'rows_in', 'rows_out', 'rows_rejected', 'detail', 'error_text'], 'pipeline.runs has exactly its documented columns');
SELECT table_owner_is('pipeline', 'runs', 'mlb_owner', 'pipeline.runs is owned by mlb_owner');

-- A run that quarantined payloads whole is degraded (reworked after v0.2.0).
SELECT lives_ok($$INSERT INTO pipeline.runs (zone, kind, status) VALUES ('staging', 'promote', 'degraded')$$, 'degraded is a status');
SELECT throws_ok($$INSERT INTO pipeline.runs (zone, kind, status) VALUES ('staging', 'promote', 'fine')$$, '23514', NULL, 'anything else is refused');

SELECT * FROM finish();
ROLLBACK;
