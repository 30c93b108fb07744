-- Verify mlb:raw_data/iso_time
BEGIN;
SELECT 'raw_data.iso_time(text)'::regprocedure;
SELECT 1/count(*) FROM pg_proc WHERE oid = 'raw_data.iso_time(text)'::regprocedure
   AND pg_get_functiondef(oid) LIKE '%translate(%';
ROLLBACK;
