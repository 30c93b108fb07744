-- Verify mlb:staging/match_batch_games (reworked after v0.2.1): a known source id is used only for the stated date and clubs.
BEGIN;
SELECT 1/count(*) FROM pg_proc WHERE oid = 'staging.match_batch_games(bigint,numeric)'::regprocedure AND prosrc LIKE '%source_game_id_conflict%';
ROLLBACK;
