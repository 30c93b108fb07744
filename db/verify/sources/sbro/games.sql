-- Verify mlb:sources/sbro/games
BEGIN;
SELECT 'raw_data.sbro_games(raw_data.payload)'::regprocedure;
ROLLBACK;
