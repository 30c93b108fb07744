-- Verify mlb:raw_data/create_payload_table
BEGIN;
SELECT 'raw_data.create_payload_table(text)'::regprocedure;
ROLLBACK;
