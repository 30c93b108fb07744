-- Verify mlb:raw_data/iso_time (reworked after v0.2.3): the fixed form's fast check comes first.
BEGIN;
SELECT 1/count(*) FROM pg_proc WHERE oid = 'raw_data.iso_time(text)'::regprocedure
   AND pg_get_functiondef(oid) LIKE '%translate(%';
ROLLBACK;
