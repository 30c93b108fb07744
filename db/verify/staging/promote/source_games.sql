-- Verify mlb:staging/promote/source_games
BEGIN;
SELECT 'staging.promote_source_games(bigint)'::regprocedure;
SELECT 1/count(*) FROM pg_proc WHERE oid = 'staging.promote_source_games(bigint)'::regprocedure AND prosrc LIKE '%ORDER BY s.source, ids.id, s.fetched_at%';
ROLLBACK;
