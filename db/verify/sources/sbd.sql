-- Verify mlb:sources/sbd
BEGIN;
SELECT 'raw_data.sbd_games(raw_data.payload)'::regprocedure;
SELECT 'raw_data.sbd_lines(raw_data.payload)'::regprocedure;
SELECT 'raw_data.sbd_splits(raw_data.payload)'::regprocedure;
SELECT 1/count(*) FROM raw_data.payload_tables WHERE raw_table = 'sbd_betting_splits';
SELECT 1 FROM raw_data.sbd_betting_splits WHERE false;
SELECT 1/count(*) FROM pg_proc WHERE oid = 'raw_data.sbd_lines(raw_data.payload)'::regprocedure
   AND prosrc LIKE '%jsonb_typeof(b.book->''odds'') IS DISTINCT FROM ''object''%';
ROLLBACK;
