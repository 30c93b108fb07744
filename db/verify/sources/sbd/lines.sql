-- Verify mlb:sources/sbd/lines
BEGIN;
SELECT 'raw_data.sbd_lines(raw_data.payload)'::regprocedure;
SELECT 1/count(*) FROM pg_proc WHERE oid = 'raw_data.sbd_lines(raw_data.payload)'::regprocedure
   AND prosrc LIKE '%jsonb_typeof(b.book->''odds'') IS DISTINCT FROM ''object''%';
ROLLBACK;
