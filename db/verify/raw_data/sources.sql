-- Verify mlb:raw_data/sources
BEGIN;
SELECT 1 FROM raw_data.sources WHERE false;
ROLLBACK;
