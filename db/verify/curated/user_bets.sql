-- Verify mlb:curated/user_bets
BEGIN;
SELECT bet_id, bettor, game_id, market, side, line, american_price, decimal_price, price_format, stake, sportsbook_id,
       placed_at, note, created_at
  FROM curated.user_bets WHERE false;
ROLLBACK;
