-- Verify mlb:sources/vsin/lines
BEGIN;
SELECT 'raw_data.vsin_lines(raw_data.payload)'::regprocedure;
ROLLBACK;
