-- Verify mlb:sources/sbd/source
BEGIN;
SELECT 1/count(*) FROM raw_data.sources WHERE source = 'sbd';
ROLLBACK;
