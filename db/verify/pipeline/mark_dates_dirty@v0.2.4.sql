-- Verify mlb:pipeline/mark_dates_dirty (reworked after v0.2.3): a mark per date and transaction.
BEGIN;
SELECT 1/count(*) FROM pg_proc WHERE oid = 'pipeline.mark_dates_dirty()'::regprocedure AND prosrc LIKE '%(game_date, marked_by) DO NOTHING%';
ROLLBACK;
