-- Verify mlb:sources/odds_api/games
BEGIN;
SELECT 'raw_data.odds_api_games(raw_data.payload)'::regprocedure;
ROLLBACK;
