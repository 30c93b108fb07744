-- Verify mlb:curated/user_bet_results (reworked after v0.3.0): clubs in the codes of the game's date.
BEGIN;
SELECT 1/count(*) FROM pg_views WHERE schemaname = 'curated' AND viewname = 'user_bet_results' AND definition LIKE '%matchup(%';
ROLLBACK;
