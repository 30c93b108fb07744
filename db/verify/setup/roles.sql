-- Verify mlb:setup/roles
BEGIN;

SELECT 1 / count(*) FROM pg_roles WHERE rolname = 'mlb_owner' AND NOT rolcanlogin;
SELECT 1 / count(*) FROM pg_roles WHERE rolname = 'mlb_agent' AND rolcanlogin AND NOT rolsuper;
SELECT 1 / count(*) FROM pg_roles WHERE rolname = 'mlb_analyst' AND rolcanlogin AND NOT rolsuper;
SELECT 1 / coalesce((has_database_privilege('mlb_owner', current_database(), 'CREATE'))::int, 0);

ROLLBACK;
