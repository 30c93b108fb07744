-- pgTAP: the contract of change pipeline/alerts_to_deliver (behaviour: tests/pipeline/alert_deliveries.sql).
BEGIN;
SELECT plan(1);

SELECT ok(has_function_privilege('mlb_alerts', 'pipeline.alerts_to_deliver(text, interval)', 'EXECUTE'), 'the watcher calls it');

SELECT * FROM finish();
ROLLBACK;
