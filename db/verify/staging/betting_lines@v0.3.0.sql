-- Verify mlb:staging/betting_lines
BEGIN;
SELECT line_id, game_id, sportsbook_id, market, side, line, american_price, decimal_price, implied_probability,
       observed_at, line_timing, is_opener, is_live, source, quality_score, raw_table, raw_id, pipeline_run_id,
       raw_fetched_at, outlet, stated_decimal_price
  FROM staging.betting_lines WHERE false;
ROLLBACK;
