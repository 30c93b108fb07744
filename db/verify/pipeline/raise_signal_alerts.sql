-- Verify mlb:pipeline/raise_signal_alerts (reworked after v0.3.0): the notification names the alert's id only.
BEGIN;
SELECT 1/count(*) FROM pg_proc WHERE oid = 'pipeline.raise_signal_alerts()'::regprocedure
   AND prosrc LIKE '%pg_notify(''mlb_signal_alerts'', jsonb_build_object(''alert_id'', a.alert_id)::text)%'
   AND prosrc NOT LIKE '%|| payload%';
ROLLBACK;
