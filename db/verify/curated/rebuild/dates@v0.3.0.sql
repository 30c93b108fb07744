-- Verify mlb:curated/rebuild/dates
BEGIN;
SELECT 1/count(*) FROM pg_proc WHERE oid = 'curated.rebuild_dates(date[], bigint[])'::regprocedure
   AND prosrc LIKE '%refresh_line_summaries(v_run, v_games)%' AND 'random_page_cost=1.1' = ANY (proconfig);
SELECT 1/(count(*) = 0)::int FROM pg_proc WHERE proname = 'rebuild_dates' AND pronamespace = 'curated'::regnamespace AND pronargs = 1;
ROLLBACK;
