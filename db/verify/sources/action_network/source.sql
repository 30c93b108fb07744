-- Verify mlb:sources/action_network/source
BEGIN;
SELECT 1/count(*) FROM raw_data.sources WHERE source = 'action_network';
ROLLBACK;
