-- Verify mlb:curated/line_history
BEGIN;
SELECT game_id, game_date, matchup, book, book_key, is_bettable, outlet, source, market, side, pick, line,
       american_price, decimal_price, implied_probability, observed_at, line_timing, minutes_before_first_pitch,
       is_opener, is_close, is_change, is_live, line_id, raw_table, raw_id
  FROM curated.line_history WHERE false;
ROLLBACK;
