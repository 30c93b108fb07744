-- Revert mlb:pipeline/backlog
BEGIN;
SET LOCAL ROLE mlb_owner;
DROP VIEW pipeline.backlog;
COMMIT;
