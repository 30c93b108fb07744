-- Verify mlb:staging/promote/stated_games (reworked after v0.2.1): a parser's unreadable teams come before missing_team.
BEGIN;
SELECT 1/count(*) FROM pg_proc WHERE oid = 'staging.promote_stated_games(bigint)'::regprocedure AND prosrc LIKE '%unreadable_team_cell%';
ROLLBACK;
