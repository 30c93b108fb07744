-- Revert mlb:curated/user_bets_finite
BEGIN;
SET LOCAL ROLE mlb_owner;
ALTER TABLE curated.user_bets
  DROP CONSTRAINT user_bets_stake_finite,
  DROP CONSTRAINT user_bets_line_finite,
  DROP CONSTRAINT user_bets_decimal_price_finite;
COMMIT;
