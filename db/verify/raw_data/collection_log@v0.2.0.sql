-- Verify mlb:raw_data/collection_log
BEGIN;
SELECT 1 FROM raw_data.collection_log WHERE false;
ROLLBACK;
