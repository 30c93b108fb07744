-- Verify mlb:raw_data/recreate_payload_table
BEGIN;
SELECT 'raw_data.recreate_payload_table(text)'::regprocedure;
ROLLBACK;
