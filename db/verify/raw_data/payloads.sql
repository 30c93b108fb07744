-- Verify mlb:raw_data/payloads
BEGIN;
SELECT 'raw_data.payloads(text)'::regprocedure;
ROLLBACK;
