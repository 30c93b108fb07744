-- Verify mlb:raw_data/stated_games
BEGIN;
SELECT 'raw_data.stated_games(text, bigint[])'::regprocedure;
ROLLBACK;
