-- Verify mlb:curated/drain_dirty_dates
BEGIN;
SELECT 'curated.drain_dirty_dates(int)'::regprocedure;
SELECT 1/count(*) FROM pg_proc WHERE oid = 'curated.drain_dirty_dates(int)'::regprocedure
   AND prosrc LIKE '%rebuild_dates(CASE k WHEN 1 THEN v_whole ELSE v_game_dates END, CASE k WHEN 2 THEN v_games END)%'
   AND prosrc LIKE '%pipeline.rebuild_max_lines%';
SELECT 1/count(*) FROM pipeline.settings WHERE key = 'pipeline.rebuild_max_lines';
ROLLBACK;
