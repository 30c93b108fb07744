-- Verify mlb:sources/sbd (reworked after v0.2.3): a sportsbook without its odds object is stated as unreadable.
BEGIN;
SELECT 1/count(*) FROM pg_proc WHERE oid = 'raw_data.sbd_lines(raw_data.payload)'::regprocedure
   AND prosrc LIKE '%jsonb_typeof(b.book->''odds'') IS DISTINCT FROM ''object''%';
ROLLBACK;
