-- Verify mlb:curated/prices_on_offer
BEGIN;
SELECT game_id, sportsbook_id, book, market, side, line, american_price, decimal_price, observed_at, shown_at
  FROM curated.prices_on_offer WHERE false;
ROLLBACK;
