-- Revert mlb:curated/reconcile_recent_days
BEGIN;
DO $$ BEGIN PERFORM cron.unschedule('mlb-curated-reconcile'); END $$;
SET LOCAL ROLE mlb_owner;
DROP FUNCTION curated.reconcile_recent_days(int);
COMMIT;
