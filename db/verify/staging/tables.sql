-- Verify mlb:staging/tables
BEGIN;

SELECT game_id, game_pk, game_date, start_time, home_team, away_team, game_number, status, home_score, away_score,
       innings, status_source, status_fetched_at, quality_score, raw_table, raw_id, pipeline_run_id, updated_at
  FROM staging.games WHERE false;
SELECT source, source_game_id, game_id, match_method, match_confidence, raw_table, raw_id, pipeline_run_id
  FROM staging.game_source_ids WHERE false;
SELECT line_id, game_id, sportsbook_id, market, side, line, american_price, decimal_price, implied_probability,
       observed_at, line_timing, is_opener, is_live, source, quality_score, raw_table, raw_id, pipeline_run_id
  FROM staging.betting_lines WHERE false;
SELECT split_id, game_id, source, sportsbook_id, market, side, bets_percent, money_percent, bet_count, observed_at,
       quality_score, raw_table, raw_id, pipeline_run_id FROM staging.betting_splits WHERE false;
SELECT id, pipeline_run_id, rule, severity, entity, source, raw_table, raw_id, record_ref, game_date, details, created_at
  FROM staging.validation_results WHERE false;
SELECT pipeline_run_id, source, table_name, rows_read, rows_promoted, rows_warned, rows_rejected, success_rate
  FROM staging.data_quality_metrics WHERE false;

ROLLBACK;
