-- Verify mlb:setup/schemas
BEGIN;

SELECT 1 / count(*) FROM pg_namespace n JOIN pg_roles r ON r.oid = n.nspowner
 WHERE n.nspname = 'raw_data' AND r.rolname = 'mlb_owner';
SELECT 1 / count(*) FROM pg_namespace n JOIN pg_roles r ON r.oid = n.nspowner
 WHERE n.nspname = 'staging' AND r.rolname = 'mlb_owner';
SELECT 1 / count(*) FROM pg_namespace n JOIN pg_roles r ON r.oid = n.nspowner
 WHERE n.nspname = 'curated' AND r.rolname = 'mlb_owner';
SELECT 1 / count(*) FROM pg_namespace n JOIN pg_roles r ON r.oid = n.nspowner
 WHERE n.nspname = 'pipeline' AND r.rolname = 'mlb_owner';

ROLLBACK;
