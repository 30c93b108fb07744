-- pgTAP: mlb_alerts reads the alert log and records deliveries, and can touch nothing else.
BEGIN;
SELECT plan(5);

SELECT has_role('mlb_alerts', 'the watcher''s role exists');
SELECT ok(has_table_privilege('mlb_alerts', 'pipeline.signal_alerts', 'SELECT'), 'it reads the alerts');
SELECT ok(has_table_privilege('mlb_alerts', 'pipeline.alert_deliveries', 'SELECT, INSERT'), 'it records deliveries');
SELECT ok(has_function_privilege('mlb_alerts', 'pipeline.alerts_to_deliver(text, interval)', 'EXECUTE'), 'it asks what is missed');
SELECT is_empty($$SELECT c.oid::regclass FROM pg_class c JOIN pg_namespace n ON n.oid = c.relnamespace
                   WHERE n.nspname IN ('raw_data', 'staging', 'curated', 'pipeline') AND c.relkind IN ('r', 'v', 'm', 'p')
                     AND c.oid NOT IN ('pipeline.signal_alerts'::regclass, 'pipeline.alert_deliveries'::regclass)
                     AND (has_table_privilege('mlb_alerts', c.oid, 'SELECT') OR has_table_privilege('mlb_alerts', c.oid, 'INSERT'))$$,
  'and nothing else');

SELECT * FROM finish();
ROLLBACK;
