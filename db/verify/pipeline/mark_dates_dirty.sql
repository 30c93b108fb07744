-- Verify mlb:pipeline/mark_dates_dirty (reworked after v0.2.4): a mark per date, game and transaction.
BEGIN;
SELECT 1/count(*) FROM pg_proc WHERE oid = 'pipeline.mark_dates_dirty()'::regprocedure AND prosrc LIKE '%(game_date, game_id, marked_by) DO NOTHING%';
ROLLBACK;
