-- Deploy mlb:pipeline/raise_signal_alerts
-- Curated inserts signals; this statement trigger records each new one once in
-- pipeline.signal_alerts and announces it with NOTIFY (delivered at commit, so
-- a rolled-back rebuild announces nothing). A signal already recorded (a
-- rebuild, a reconcile) is not announced again.
BEGIN;
SET LOCAL ROLE mlb_owner;

CREATE OR REPLACE FUNCTION pipeline.raise_signal_alerts() RETURNS trigger
LANGUAGE plpgsql
SET search_path = pg_catalog, pipeline
AS $$
DECLARE
  v_enabled boolean := pipeline.setting_enabled('alerts.enabled');
  v_max_age interval := make_interval(mins => coalesce(pipeline.setting_numeric('alerts.max_age_minutes'), 180)::int);
  v_sharp numeric := coalesce(pipeline.setting_numeric('alerts.sharp_min_tier'), 2);
  v_disagreement numeric := coalesce(pipeline.setting_numeric('alerts.book_disagreement_min'), 0.03);
  a record;
BEGIN
  FOR a IN
    INSERT INTO signal_alerts (game_id, market, side, signal, known_at, strength, payload, announced,
                               not_announced_reason, pipeline_run_id)
    SELECT n.game_id, n.market, n.side, n.signal, n.known_at, n.strength,
           CASE WHEN r.reason IS NULL
                THEN alert_payload(n.game_id, n.market, n.side, n.signal, n.known_at, n.strength, n.details)
                ELSE '{}' END,
           r.reason IS NULL, r.reason, n.pipeline_run_id
      FROM new_signals n
     CROSS JOIN LATERAL (SELECT CASE WHEN NOT v_enabled THEN 'alerts.enabled is off'
                                     WHEN n.known_at < now() - v_max_age
                                     THEN 'found more than alerts.max_age_minutes after known_at' END AS reason) r
     WHERE n.signal IN ('steam', 'reverse_line_movement')
        OR (n.signal = 'sharp_action' AND n.strength >= v_sharp)
        OR (n.signal = 'book_disagreement' AND n.strength >= v_disagreement)
     ORDER BY n.known_at, n.game_id, n.market, n.side, n.signal
    ON CONFLICT ON CONSTRAINT signal_alerts_once DO NOTHING
    RETURNING alert_id, jsonb_build_object('alert_id', alert_id) || payload AS payload, announced
  LOOP
    IF a.announced THEN
      -- NOTIFY payloads stop at 8000 bytes: a larger alert goes out by id (the listener reads signal_alerts).
      PERFORM pg_notify('mlb_signal_alerts',
                        CASE WHEN octet_length(a.payload::text) < 7900 THEN a.payload::text
                             ELSE jsonb_build_object('alert_id', a.alert_id, 'truncated', true)::text END);
    END IF;
  END LOOP;
  RETURN NULL;
END
$$;
COMMENT ON FUNCTION pipeline.raise_signal_alerts() IS 'Statement trigger on curated.betting_analysis: each new steam, reverse_line_movement, sharp_action (tier >= alerts.sharp_min_tier) and book_disagreement (>= alerts.book_disagreement_min) signal not seen before is recorded in pipeline.signal_alerts and, when alerts.enabled and found within alerts.max_age_minutes of known_at, announced with NOTIFY mlb_signal_alerts and its JSON payload (its alert_id and pipeline.alert_payload; over 7900 bytes: {"alert_id": .., "truncated": true}).';

CREATE TRIGGER raise_signal_alerts AFTER INSERT ON curated.betting_analysis
  REFERENCING NEW TABLE AS new_signals FOR EACH STATEMENT EXECUTE FUNCTION pipeline.raise_signal_alerts();
COMMENT ON TRIGGER raise_signal_alerts ON curated.betting_analysis IS 'Records and announces new signals (pipeline.raise_signal_alerts).';

COMMIT;
