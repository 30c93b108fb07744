-- Verify mlb:raw_data/refuse_change
BEGIN;
SELECT 'raw_data.refuse_change()'::regprocedure;
SELECT 1/count(*) FROM pg_proc WHERE oid = 'raw_data.refuse_change()'::regprocedure AND prosrc LIKE '%pg_inherits%';
ROLLBACK;
