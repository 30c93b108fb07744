-- Verify mlb:raw_data/request_keys
BEGIN;
SELECT raw_table, request_key, first_seen_at FROM raw_data.request_keys WHERE false;
ROLLBACK;
