-- Verify mlb:curated/market_moves
BEGIN;
SELECT game_id, market, side, open_line, open_price, open_books, opened_at, current_as_of, current_line, current_price,
       current_books, current_at, line_move, implied_probability_move
  FROM curated.market_moves WHERE false;
ROLLBACK;
