-- Verify mlb:curated/latest_splits
BEGIN;
SELECT game_id, source, book, market, side, pick, bets_percent, money_percent, money_minus_bets, bet_count, observed_at,
       minutes_before_first_pitch, split_id, raw_table, raw_id
  FROM curated.latest_splits WHERE false;
ROLLBACK;
