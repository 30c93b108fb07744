-- Verify mlb:curated/closing_lines
BEGIN;
SELECT game_id, game_date, start_time, matchup, market, side, pick, line, books, fair_probability, fair_price,
       fair_probability_move, best_close_price, best_close_book, best_pregame_price, best_pregame_book,
       best_pregame_at, book_dispersion, result
  FROM curated.closing_lines WHERE false;
ROLLBACK;
