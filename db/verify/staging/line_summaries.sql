-- Verify mlb:staging/line_summaries
BEGIN;
SELECT game_id, sportsbook_id, market, side, observations, open_line_id, close_line_id, latest_line_id,
       first_observed_at, last_observed_at, raw_table, raw_id, pipeline_run_id
  FROM staging.line_summaries WHERE false;
ROLLBACK;
