-- Verify mlb:sources/sbd/games
BEGIN;
SELECT 'raw_data.sbd_games(raw_data.payload)'::regprocedure;
ROLLBACK;
