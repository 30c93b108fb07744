-- Verify mlb:raw_data/views
BEGIN;

SELECT source, last_attempt_at, last_success_at, attempts_24h, success_rate_24h, consecutive_failures,
       median_latency_ms_24h, rows_stored, skipped_24h, freshness_status
  FROM raw_data.source_health WHERE false;
SELECT source, raw_table, raw_id, fetched_at, source_game_id, game_time_text, home_team_text, away_team_text,
       book_text, source_market, market, side_text, side_team_text, line_text, price_text, observed_at, observation_kind
  FROM raw_data.betting_lines_raw WHERE false;
SELECT raw_id FROM raw_data.moneylines_raw WHERE false;
SELECT raw_id FROM raw_data.spreads_raw WHERE false;
SELECT raw_id FROM raw_data.totals_raw WHERE false;
SELECT raw_id, previous_price_text FROM raw_data.line_movements_raw WHERE false;

ROLLBACK;
