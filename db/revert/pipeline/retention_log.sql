-- Revert mlb:pipeline/retention_log
BEGIN;
SET LOCAL ROLE mlb_owner;
DROP TABLE pipeline.retention_log;
COMMIT;
