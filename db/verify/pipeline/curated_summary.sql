-- Verify mlb:pipeline/curated_summary
BEGIN;
SELECT games, book_lines, steam_moves, reverse_line_moves, graded_bets, dirty_dates FROM pipeline.curated_summary WHERE false;
SELECT games, book_lines, steam_moves, reverse_line_moves, graded_bets, dirty_dates FROM pipeline.curated_summary WHERE false;
SELECT 1/count(*) FROM pg_views WHERE schemaname = 'pipeline' AND viewname = 'curated_summary' AND definition LIKE '%count(DISTINCT dirty_dates.game_date)%';
ROLLBACK;
