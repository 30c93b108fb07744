-- Revert mlb:pipeline/settings (rework after v0.2.1)
BEGIN;
SET LOCAL ROLE mlb_owner;
ALTER TABLE pipeline.settings DROP COLUMN value_type, DROP COLUMN min_value, DROP COLUMN max_value;
COMMIT;
