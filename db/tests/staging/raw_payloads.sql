-- pgTAP: the contract of change staging/raw_payloads (every raw payload in one shape).
-- Behaviour is tested where it is exercised end to end (staging/promote, curated/rebuild, ...).
BEGIN;
SELECT plan(3);

SELECT has_view('staging', 'raw_payloads', 'staging.raw_payloads exists');
SELECT columns_are('staging', 'raw_payloads', ARRAY['raw_table', 'raw_id', 'request_key', 'fetched_at', 'http_status', 'payload'], 'staging.raw_payloads has exactly its documented columns');
SELECT view_owner_is('staging', 'raw_payloads', 'mlb_owner', 'staging.raw_payloads is owned by mlb_owner');

SELECT * FROM finish();
ROLLBACK;
