-- Verify mlb:raw_data/add_payload_partitions
BEGIN;
SELECT 'raw_data.add_payload_partitions(text, int[])'::regprocedure;
SELECT 1/count(*) FROM pipeline.locks WHERE name = 'raw_data.payload_partitions';
ROLLBACK;
