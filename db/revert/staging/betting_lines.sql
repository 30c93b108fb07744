-- Revert mlb:staging/betting_lines (rework after v0.2.1)
BEGIN;
SET LOCAL ROLE mlb_owner;
ALTER TABLE staging.betting_lines DROP CONSTRAINT betting_lines_natural_key,
  ADD CONSTRAINT betting_lines_game_id_sportsbook_id_market_side_source_line_key
      UNIQUE NULLS NOT DISTINCT (game_id, sportsbook_id, market, side, source, line_timing, observed_at);
ALTER TABLE staging.betting_lines DROP COLUMN raw_fetched_at, DROP COLUMN outlet, DROP COLUMN stated_decimal_price;
COMMIT;
