-- Deploy mlb:setup/alerts_role
-- The login mlb-agent watch uses: it reads the alert log and records its
-- deliveries, nothing else (the collection agent stays confined to raw_data).
-- Roles are cluster-wide, so creation is idempotent.
BEGIN;

DO $$
BEGIN
  IF NOT EXISTS (SELECT 1 FROM pg_roles WHERE rolname = 'mlb_alerts') THEN
    CREATE ROLE mlb_alerts LOGIN;
  END IF;
  EXECUTE format('GRANT CONNECT ON DATABASE %I TO mlb_alerts', current_database());
END
$$;
COMMENT ON ROLE mlb_alerts IS 'mlb-agent watch: reads pipeline.signal_alerts, calls pipeline.alerts_to_deliver and records pipeline.alert_deliveries; nothing else.';
GRANT USAGE ON SCHEMA pipeline TO mlb_alerts;

COMMIT;
