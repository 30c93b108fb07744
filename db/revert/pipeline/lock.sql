-- Revert mlb:pipeline/lock
BEGIN;
SET LOCAL ROLE mlb_owner;
DROP FUNCTION pipeline.lock(text, boolean, boolean);
COMMIT;
