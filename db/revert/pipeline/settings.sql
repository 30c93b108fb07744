-- Revert mlb:pipeline/settings
BEGIN;
SET LOCAL ROLE mlb_owner;
DROP TABLE pipeline.settings;
COMMIT;
