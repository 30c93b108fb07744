-- Verify mlb:sources/sbro/source
BEGIN;
SELECT 1/count(*) FROM raw_data.sources WHERE source = 'sbro';
ROLLBACK;
