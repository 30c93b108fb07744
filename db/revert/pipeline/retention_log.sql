-- Revert mlb:pipeline/retention_log from the rework
BEGIN;
SET LOCAL ROLE mlb_owner;
ALTER TABLE pipeline.retention_log DROP COLUMN rows_kept, DROP COLUMN xact_id;
COMMIT;
