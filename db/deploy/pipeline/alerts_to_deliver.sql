-- Deploy mlb:pipeline/alerts_to_deliver
-- What a webhook has not received yet: what mlb-agent watch sends when it
-- (re)connects, so an alert announced while it was away is not lost.
BEGIN;
SET LOCAL ROLE mlb_owner;

CREATE OR REPLACE FUNCTION pipeline.alerts_to_deliver(p_webhook text, p_since interval DEFAULT '6 hours')
RETURNS TABLE (alert_id bigint, payload jsonb, attempts integer)
LANGUAGE sql STABLE
BEGIN ATOMIC
  SELECT a.alert_id, jsonb_build_object('alert_id', a.alert_id) || a.payload,
         (SELECT count(*)::int FROM pipeline.alert_deliveries d WHERE d.alert_id = a.alert_id AND d.webhook = p_webhook)
    FROM pipeline.signal_alerts a
   WHERE a.announced AND a.found_at >= now() - p_since
     AND NOT EXISTS (SELECT FROM pipeline.alert_deliveries d
                      WHERE d.alert_id = a.alert_id AND d.webhook = p_webhook AND d.delivered)
   ORDER BY a.alert_id;
END;
COMMENT ON FUNCTION pipeline.alerts_to_deliver(text, interval) IS 'Announced alerts of the last p_since (default 6 hours) that the webhook p_webhook has not accepted yet, oldest first, with their payload and the attempts already made: SELECT * FROM pipeline.alerts_to_deliver(''slack'').';
GRANT EXECUTE ON FUNCTION pipeline.alerts_to_deliver(text, interval) TO mlb_alerts, mlb_analyst;

COMMIT;
