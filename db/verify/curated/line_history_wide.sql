-- Verify mlb:curated/line_history_wide
BEGIN;
SELECT market, side, pick, at, is_live, books, price_by_book, line_by_book FROM curated.line_history_wide(NULL);
ROLLBACK;
