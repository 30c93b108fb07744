-- Deploy mlb:pipeline/alert_deliveries
-- Every attempt mlb-agent watch makes to post an alert to a webhook: the log
-- that makes delivery auditable and keeps an alert from being posted twice.
BEGIN;
SET LOCAL ROLE mlb_owner;

CREATE TABLE pipeline.alert_deliveries (
  delivery_id bigint GENERATED ALWAYS AS IDENTITY PRIMARY KEY,
  alert_id bigint NOT NULL REFERENCES pipeline.signal_alerts (alert_id) ON DELETE CASCADE,
  webhook text NOT NULL,
  attempt integer NOT NULL CHECK (attempt >= 1),
  attempted_at timestamptz NOT NULL DEFAULT now(),
  status_code integer,
  error text,
  delivered boolean NOT NULL,
  CHECK (delivered = (error IS NULL)),
  UNIQUE (alert_id, webhook, attempt)
);
CREATE UNIQUE INDEX alert_deliveries_once ON pipeline.alert_deliveries (alert_id, webhook) WHERE delivered;
COMMENT ON TABLE pipeline.alert_deliveries IS 'Every attempt to post an alert to a webhook (mlb-agent watch): when, the HTTP status, the error of a failed attempt. At most one delivered row per alert and webhook.';
COMMENT ON COLUMN pipeline.alert_deliveries.delivery_id IS 'Attempt id.';
COMMENT ON COLUMN pipeline.alert_deliveries.alert_id IS 'The alert (pipeline.signal_alerts).';
COMMENT ON COLUMN pipeline.alert_deliveries.webhook IS 'The webhook''s name in config.toml [alerts.webhooks.NAME] (never its URL, which is a secret).';
COMMENT ON COLUMN pipeline.alert_deliveries.attempt IS '1 for the first try, then 2, 3, ... (retries with backoff).';
COMMENT ON COLUMN pipeline.alert_deliveries.attempted_at IS 'When the attempt was made.';
COMMENT ON COLUMN pipeline.alert_deliveries.status_code IS 'HTTP status the webhook answered; NULL when no answer came.';
COMMENT ON COLUMN pipeline.alert_deliveries.error IS 'Why the attempt failed (http_error: HTTP 500, network_error: ...); NULL when delivered.';
COMMENT ON COLUMN pipeline.alert_deliveries.delivered IS 'True when the webhook accepted the alert (2xx).';
GRANT SELECT ON pipeline.alert_deliveries TO mlb_analyst;
GRANT SELECT, INSERT ON pipeline.alert_deliveries TO mlb_alerts;

COMMIT;
