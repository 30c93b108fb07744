-- Revert mlb:pipeline/setting_enabled
BEGIN;
SET LOCAL ROLE mlb_owner;
DROP FUNCTION pipeline.setting_enabled(text);
COMMIT;
