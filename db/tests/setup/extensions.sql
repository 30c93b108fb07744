-- pgTAP: pg_cron lives in this database (the one cron.database_name names).
BEGIN;
SELECT plan(2);
SELECT has_extension('pg_cron', 'pg_cron is installed here');
SELECT is(current_setting('cron.database_name'), current_database()::text, 'cron.database_name names this database');
SELECT * FROM finish();
ROLLBACK;
