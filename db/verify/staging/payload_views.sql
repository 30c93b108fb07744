-- Verify mlb:staging/payload_views
BEGIN;

SELECT raw_table, raw_id, request_key, fetched_at, http_status, payload FROM staging.raw_payloads WHERE false;
SELECT source, raw_table, raw_id, fetched_at, source_game_id, start_text, date_text, home_text, away_text, team_a_text,
       team_b_text, game_number_text, status_text, home_score_text, away_score_text, innings_text, extra_source_game_id
  FROM staging.source_games_raw WHERE false;

ROLLBACK;
