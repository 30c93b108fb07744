-- Verify mlb:curated/rebuild/dates (reworked after v0.3.0): a rebuild removes the dirty marks it answers.
BEGIN;
SELECT 1/count(*) FROM pg_proc WHERE oid = 'curated.rebuild_dates(date[], bigint[])'::regprocedure
   AND prosrc LIKE '%refresh_line_summaries(v_run, v_games)%' AND 'random_page_cost=1.1' = ANY (proconfig)
   AND prosrc LIKE '%DELETE FROM pipeline.dirty_dates d%';
SELECT 1/(count(*) = 0)::int FROM pg_proc WHERE proname = 'rebuild_dates' AND pronamespace = 'curated'::regnamespace AND pronargs = 1;
ROLLBACK;
