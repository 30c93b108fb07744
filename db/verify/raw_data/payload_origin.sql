-- Verify mlb:raw_data/payload_origin
BEGIN;
SELECT 'raw_data.payload_origin(text, bigint)'::regprocedure;
ROLLBACK;
