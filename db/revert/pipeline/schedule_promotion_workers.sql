-- Revert mlb:pipeline/schedule_promotion_workers (reworked after v0.3.0): the workers' drains no longer scheduled.
-- The released file creates its trigger with a bare CREATE TRIGGER, so the trigger goes first, and the drains it
-- scheduled with it, in the same transaction (the released file's own BEGIN only warns; its COMMIT ends both).
BEGIN;
DROP TRIGGER schedule_promotion_workers ON pipeline.settings;
DELETE FROM cron.job WHERE jobname LIKE 'mlb-pipeline-drain-_';
SET LOCAL client_min_messages = error;  -- the released file's own BEGIN only warns
\ir ../../deploy/pipeline/schedule_promotion_workers@v0.3.0.sql
