-- Revert mlb:pipeline/locks
BEGIN;
SET LOCAL ROLE mlb_owner;
DROP TABLE pipeline.locks;
COMMIT;
