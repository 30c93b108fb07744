-- Verify mlb:raw_data/payload_table_for
BEGIN;
SELECT 'raw_data.payload_table_for(text, text)'::regprocedure;
ROLLBACK;
