-- Revert mlb:staging/promote_scheduled
BEGIN;
DO $$ BEGIN PERFORM cron.unschedule('mlb-staging-promote'); END $$;
SET LOCAL ROLE mlb_owner;
DROP FUNCTION staging.promote_scheduled(int);
COMMIT;
