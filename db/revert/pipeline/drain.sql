-- Revert mlb:pipeline/drain
BEGIN;
DO $$ BEGIN PERFORM cron.unschedule('mlb-pipeline-drain'); END $$;
SET LOCAL ROLE mlb_owner;
DROP PROCEDURE pipeline.drain(numeric, int);
DELETE FROM pipeline.settings WHERE key IN ('pipeline.drain_seconds', 'pipeline.drain_poll_seconds');
COMMIT;
