-- Verify mlb:raw_data/refuse_change
BEGIN;
SELECT 'raw_data.refuse_change()'::regprocedure;
ROLLBACK;
