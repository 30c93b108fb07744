-- Verify mlb:sources/sbd (reworked after v0.2.1): unreadable elements are stated.
BEGIN;
SELECT 1/count(*) FROM pg_proc WHERE oid = 'raw_data.sbd_lines(raw_data.payload)'::regprocedure AND prosrc LIKE '%unreadable%';
ROLLBACK;
