-- Verify mlb:staging/line_change_points
BEGIN;
SELECT line_id, game_id, sportsbook_id, market, side, source, outlet, previous_line, line, previous_price, american_price,
       observed_at, previous_change_at, first_observed_at, is_live, raw_table, raw_id, pipeline_run_id
  FROM staging.line_change_points WHERE false;
ROLLBACK;
