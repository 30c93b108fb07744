-- pgTAP: deliveries are logged per attempt, and an alert is delivered to a webhook at most once.
BEGIN;
SELECT plan(5);

INSERT INTO pipeline.signal_alerts (game_id, market, side, signal, known_at, payload, announced)
VALUES (-1, 'moneyline', 'home', 'steam', now(), '{"pick": "PHI"}', true);
INSERT INTO pipeline.alert_deliveries (alert_id, webhook, attempt, status_code, error, delivered)
SELECT alert_id, 'slack', 1, 500, 'http_error: HTTP 500', false FROM pipeline.signal_alerts WHERE game_id = -1;
SELECT results_eq($$SELECT alert_id > 0, payload->>'pick', attempts FROM pipeline.alerts_to_deliver('slack')$$,
  $$VALUES (true, 'PHI', 1)$$, 'a failed attempt leaves the alert to deliver, with its attempt count and id in the payload');
INSERT INTO pipeline.alert_deliveries (alert_id, webhook, attempt, status_code, delivered)
SELECT alert_id, 'slack', 2, 200, true FROM pipeline.signal_alerts WHERE game_id = -1;
SELECT is_empty($$SELECT * FROM pipeline.alerts_to_deliver('slack')$$, 'once delivered it is not to deliver again');
SELECT is((SELECT count(*)::int FROM pipeline.alerts_to_deliver('discord')), 1, 'each webhook on its own');
SELECT throws_ok($$INSERT INTO pipeline.alert_deliveries (alert_id, webhook, attempt, status_code, delivered)
                   SELECT alert_id, 'slack', 3, 200, true FROM pipeline.signal_alerts WHERE game_id = -1$$,
  '23505', NULL, 'a second delivered row for the same alert and webhook is refused');
SELECT throws_ok($$INSERT INTO pipeline.alert_deliveries (alert_id, webhook, attempt, delivered)
                   SELECT alert_id, 'x', 1, false FROM pipeline.signal_alerts WHERE game_id = -1$$,
  '23514', NULL, 'a failed attempt must say why');

SELECT * FROM finish();
ROLLBACK;
