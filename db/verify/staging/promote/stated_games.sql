-- Verify mlb:staging/promote/stated_games (reworked after v0.3.0): older copies are checked.
BEGIN;
SELECT 1/count(*) FROM pg_proc WHERE oid = 'staging.promote_stated_games(bigint)'::regprocedure AND prosrc LIKE '%copy_of_newer%';
ROLLBACK;
