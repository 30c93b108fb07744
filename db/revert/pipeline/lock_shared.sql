-- Revert mlb:pipeline/lock_shared
BEGIN;
SET LOCAL ROLE mlb_owner;
DROP FUNCTION pipeline.lock_shared(text, boolean);
COMMIT;
