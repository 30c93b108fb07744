-- Revert mlb:setup/extensions
BEGIN;

DROP EXTENSION IF EXISTS pg_cron;

COMMIT;
