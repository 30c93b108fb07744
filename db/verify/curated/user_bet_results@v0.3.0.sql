-- Verify mlb:curated/user_bet_results
BEGIN;
SELECT bet_id, bettor, placed_at, game_id, game_date, matchup, market, side, pick, line, american_price, decimal_price,
       price_format, stake, book, note, result, profit, is_live, clv, clv_book, clv_note, consensus_close_line,
       consensus_fair_probability, book_close_line, book_close_price, book_fair_probability
  FROM curated.user_bet_results WHERE false;
ROLLBACK;
