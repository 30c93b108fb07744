-- pgTAP: the contract of change pipeline/alert_payload (its content: tests/pipeline/raise_signal_alerts.sql).
BEGIN;
SELECT plan(2);

SELECT is(pipeline.alert_payload(-1, 'moneyline', 'home', 'steam', now(), 0, '{}'), NULL, 'an unknown game has no payload');
SELECT is((SELECT provolatile FROM pg_proc WHERE proname = 'alert_payload'), 's', 'it is STABLE');

SELECT * FROM finish();
ROLLBACK;
