-- Verify mlb:setup/extensions
BEGIN;

SELECT 1 / count(*) FROM pg_extension WHERE extname = 'pg_cron';
SELECT 1 / count(*) FROM pg_proc WHERE proname = 'schedule' AND pronamespace = 'cron'::regnamespace;

ROLLBACK;
