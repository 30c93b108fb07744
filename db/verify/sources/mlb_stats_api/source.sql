-- Verify mlb:sources/mlb_stats_api/source
BEGIN;
SELECT 1/count(*) FROM raw_data.sources WHERE source = 'mlb_stats_api';
ROLLBACK;
