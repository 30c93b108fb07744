-- Verify mlb:sources/sbd (reworked): A stated update time that is not a real instant is NULL (staging rejects it), never a failed batch; no stated time is the fetch time.
BEGIN;
SELECT 1/count(*) FROM pg_proc WHERE oid = 'raw_data.sbd_splits(raw_data.payload)'::regprocedure AND prosrc LIKE '%raw_data.iso_time(%';
ROLLBACK;
