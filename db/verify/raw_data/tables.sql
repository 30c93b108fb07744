-- Verify mlb:raw_data/tables
BEGIN;

SELECT source, raw_tables, stale_after, failing_after_consecutive_failures FROM raw_data.sources WHERE false;
SELECT id, source, endpoint, request_key, url, params, mode, started_at, finished_at, http_status, body_bytes,
       body_sha256, outcome, error_text, raw_table, raw_id, retry_count, agent_version,
       quota_remaining, quota_used, quota_last_cost, logged_at
  FROM raw_data.collection_log WHERE false;
SELECT id, collection_log_id, request_key, request_params, source_url, fetched_at, http_status, content_type,
       payload, body_text, body_sha256, body_bytes, agent_version, inserted_at
  FROM raw_data.action_network_games WHERE false;
SELECT id FROM raw_data.action_network_odds WHERE false;
SELECT id FROM raw_data.action_network_books WHERE false;
SELECT id FROM raw_data.sbd_betting_splits WHERE false;
SELECT id FROM raw_data.vsin_data WHERE false;
SELECT id FROM raw_data.mlb_stats_api WHERE false;
SELECT id FROM raw_data.odds_api_responses WHERE false;
SELECT id FROM raw_data.sbro_odds WHERE false;
SELECT 1 / count(*) FROM pg_trigger WHERE tgname = 'refuse_update_delete' AND tgrelid = 'raw_data.sbro_odds'::regclass;

ROLLBACK;
