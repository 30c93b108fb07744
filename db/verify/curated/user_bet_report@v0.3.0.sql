-- Verify mlb:curated/user_bet_report
BEGIN;
SELECT month, book, bets, pending, wins, losses, pushes, voids, staked, profit, units, roi, average_clv, average_clv_book,
       bets_with_clv
  FROM curated.user_bet_report WHERE false;
ROLLBACK;
