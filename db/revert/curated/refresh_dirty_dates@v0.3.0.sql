-- Revert mlb:curated/refresh_dirty_dates
BEGIN;
DO $$ BEGIN PERFORM cron.unschedule('mlb-curated-refresh'); END $$;
SET LOCAL ROLE mlb_owner;
DROP FUNCTION curated.refresh_dirty_dates();
COMMIT;
