-- Verify mlb:raw_data/refuse_change (reworked): deletes need the retention's own log entry.
BEGIN;
SELECT 1/count(*) FROM pg_proc WHERE oid = 'raw_data.refuse_change()'::regprocedure AND prosrc LIKE '%mlb.raw_retention_entry%' AND prosrc LIKE '%retention_log%';
ROLLBACK;
