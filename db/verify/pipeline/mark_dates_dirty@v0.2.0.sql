-- Verify mlb:pipeline/mark_dates_dirty
BEGIN;
SELECT 'pipeline.mark_dates_dirty()'::regprocedure;
ROLLBACK;
