-- Verify mlb:pipeline/signal_alerts
BEGIN;
SELECT alert_id, game_id, market, side, signal, known_at, strength, payload, found_at, announced, not_announced_reason,
       pipeline_run_id
  FROM pipeline.signal_alerts WHERE false;
ROLLBACK;
