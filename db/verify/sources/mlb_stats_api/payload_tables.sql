-- Verify mlb:sources/mlb_stats_api/payload_tables
BEGIN;
SELECT 1/count(*) FROM raw_data.payload_tables WHERE raw_table = 'mlb_stats_api';
SELECT 1 FROM raw_data.mlb_stats_api WHERE false;
ROLLBACK;
