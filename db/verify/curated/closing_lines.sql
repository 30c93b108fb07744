-- Verify mlb:curated/closing_lines (reworked after v0.3.0): clubs in the codes of the game's date.
BEGIN;
SELECT 1/count(*) FROM pg_views WHERE schemaname = 'curated' AND viewname = 'closing_lines' AND definition LIKE '%matchup(%';
ROLLBACK;
