-- Verify mlb:curated/signal_rates
BEGIN;
SELECT season, game_date, signal, games, games_with_signal, percent_of_games FROM curated.signal_rates WHERE false;
ROLLBACK;
