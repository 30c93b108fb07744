-- Verify mlb:raw_data/refuse_change (reworked after v0.2.3): the raw table of a season's partition.
BEGIN;
SELECT 1/count(*) FROM pg_proc WHERE oid = 'raw_data.refuse_change()'::regprocedure AND prosrc LIKE '%pg_inherits%';
ROLLBACK;
