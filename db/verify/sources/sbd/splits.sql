-- Verify mlb:sources/sbd/splits
BEGIN;
SELECT 'raw_data.sbd_splits(raw_data.payload)'::regprocedure;
ROLLBACK;
