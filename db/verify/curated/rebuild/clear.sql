-- Verify mlb:curated/rebuild/clear
BEGIN;
SELECT 'curated.rebuild_clear(date[])'::regprocedure;
SELECT 1/count(*) FROM pg_proc WHERE oid = 'curated.rebuild_clear(date[])'::regprocedure
   AND prosrc LIKE '%e.game_id IN (SELECT g.game_id FROM rebuild_games g)%';
ROLLBACK;
