-- Revert mlb:pipeline/bound_lock_waits
BEGIN;
SET LOCAL ROLE mlb_owner;
DROP FUNCTION pipeline.bound_lock_waits(boolean);
DELETE FROM pipeline.settings WHERE key = 'pipeline.lock_timeout_seconds';
COMMIT;
