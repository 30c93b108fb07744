-- Verify mlb:staging/promote/source_games (reworked after v0.2.2): an id stated twice maps to the game stated first.
BEGIN;
SELECT 1/count(*) FROM pg_proc WHERE oid = 'staging.promote_source_games(bigint)'::regprocedure AND prosrc LIKE '%ORDER BY s.source, ids.id, s.fetched_at%';
ROLLBACK;
