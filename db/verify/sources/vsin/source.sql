-- Verify mlb:sources/vsin/source
BEGIN;
SELECT 1/count(*) FROM raw_data.sources WHERE source = 'vsin';
ROLLBACK;
