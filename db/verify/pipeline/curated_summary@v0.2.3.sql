-- Verify mlb:pipeline/curated_summary
BEGIN;
SELECT games, book_lines, steam_moves, reverse_line_moves, graded_bets, dirty_dates FROM pipeline.curated_summary WHERE false;
ROLLBACK;
