-- Verify mlb:setup/alerts_role
BEGIN;
SELECT 1 / count(*)::int FROM pg_roles WHERE rolname = 'mlb_alerts' AND rolcanlogin;
ROLLBACK;
