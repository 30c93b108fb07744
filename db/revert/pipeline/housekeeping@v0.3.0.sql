-- Revert mlb:pipeline/housekeeping
BEGIN;
DO $$ BEGIN PERFORM cron.unschedule('mlb-housekeeping'); END $$;
DROP FUNCTION pipeline.housekeeping();
COMMIT;
