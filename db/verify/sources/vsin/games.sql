-- Verify mlb:sources/vsin/games
BEGIN;
SELECT 'raw_data.vsin_games(raw_data.payload)'::regprocedure;
ROLLBACK;
