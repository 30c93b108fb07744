-- Verify mlb:pipeline/mark_dates_dirty
BEGIN;
SELECT 'pipeline.mark_dates_dirty()'::regprocedure;
SELECT 1/count(*) FROM pg_proc WHERE oid = 'pipeline.mark_dates_dirty()'::regprocedure AND prosrc LIKE '%(game_date, game_id, marked_by) DO NOTHING%';
ROLLBACK;
