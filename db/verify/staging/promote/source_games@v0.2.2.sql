-- Verify mlb:staging/promote/source_games (reworked after v0.2.1): a created game the schedule lacks is warned.
BEGIN;
SELECT 1/count(*) FROM pg_proc WHERE oid = 'staging.promote_source_games(bigint)'::regprocedure AND prosrc LIKE '%game_not_in_schedule%';
ROLLBACK;
