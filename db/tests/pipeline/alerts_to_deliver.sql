-- pgTAP: the contract of change pipeline/alerts_to_deliver (behaviour: tests/pipeline/alert_deliveries.sql).
BEGIN;
SELECT plan(2);

SELECT has_function('pipeline', 'alerts_to_deliver', ARRAY['text', 'interval'], 'pipeline.alerts_to_deliver exists');
SELECT ok(has_function_privilege('mlb_alerts', 'pipeline.alerts_to_deliver(text, interval)', 'EXECUTE'), 'the watcher calls it');

SELECT * FROM finish();
ROLLBACK;
