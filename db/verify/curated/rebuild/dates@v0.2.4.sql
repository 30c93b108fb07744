-- Verify mlb:curated/rebuild/dates (reworked after v0.2.3): owns its dates' partitions; plans for lines in memory.
BEGIN;
SELECT 1/count(*) FROM pg_proc WHERE oid = 'curated.rebuild_dates(date[])'::regprocedure
   AND prosrc LIKE '%rebuild_own_dates(%' AND 'random_page_cost=1.1' = ANY (proconfig);
ROLLBACK;
