-- Verify mlb:sources/sbro/season
BEGIN;
SELECT 'raw_data.sbro_season(text)'::regprocedure;
ROLLBACK;
