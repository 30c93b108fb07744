-- Verify mlb:staging/match_batch_games (reworked after v0.3.0): one id per game for a source that names games once.
BEGIN;
SELECT 1/count(*) FROM pg_proc WHERE oid = 'staging.match_batch_games(bigint, numeric)'::regprocedure AND prosrc LIKE '%one_id_per_game%';
ROLLBACK;
