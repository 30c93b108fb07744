-- Deploy mlb:setup/extensions
-- pg_cron schedules promotion. It can only be created in the database named by
-- cron.database_name; pgTAP is installed by the test runner, never here.
BEGIN;

DO $$
BEGIN
  IF coalesce(current_setting('cron.database_name', true), 'postgres') <> current_database() THEN
    RAISE EXCEPTION 'pg_cron runs in database %, not in %', current_setting('cron.database_name', true), current_database()
      USING HINT = 'Set cron.database_name to this database in postgresql.conf and restart (make db-start does this).';
  END IF;
END
$$;

CREATE EXTENSION IF NOT EXISTS pg_cron;

COMMIT;
