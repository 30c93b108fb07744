-- Verify mlb:curated/rebuild/clear (reworked after v0.2.4): the games of rebuild_games cleared wherever they are.
BEGIN;
SELECT 1/count(*) FROM pg_proc WHERE oid = 'curated.rebuild_clear(date[])'::regprocedure
   AND prosrc LIKE '%e.game_id IN (SELECT g.game_id FROM rebuild_games g)%';
ROLLBACK;
