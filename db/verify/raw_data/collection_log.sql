-- Verify mlb:raw_data/collection_log
BEGIN;
SELECT 1 FROM raw_data.collection_log WHERE false;
SELECT 1/(NOT has_table_privilege('mlb_agent', 'raw_data.collection_log', 'INSERT'))::int;
ROLLBACK;
