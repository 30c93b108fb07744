-- Verify mlb:sources/sbro/lines
BEGIN;
SELECT 'raw_data.sbro_lines(raw_data.payload)'::regprocedure;
ROLLBACK;
