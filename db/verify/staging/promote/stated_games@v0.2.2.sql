-- Verify mlb:staging/promote/stated_games (reworked after v0.2.1): the parser's own reason comes before the team checks.
BEGIN;
SELECT 1/count(*) FROM pg_proc WHERE oid = 'staging.promote_stated_games(bigint)'::regprocedure
   AND prosrc LIKE '%WHEN stated_problem IS NOT NULL THEN stated_problem%';
ROLLBACK;
