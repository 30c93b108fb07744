-- Verify mlb:sources/vsin/splits
BEGIN;
SELECT 'raw_data.vsin_splits(raw_data.payload)'::regprocedure;
ROLLBACK;
