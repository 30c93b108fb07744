-- Verify mlb:curated/market_views
BEGIN;

SELECT game_id, home_close_price, away_close_price, close_hold FROM curated.moneylines WHERE false;
SELECT game_id, home_close_line, away_close_line FROM curated.spreads WHERE false;
SELECT game_id, close_total, close_over_price, close_under_price FROM curated.totals WHERE false;

ROLLBACK;
