-- Revert mlb:pipeline/check_setting_value
BEGIN;
SET LOCAL ROLE mlb_owner;
DROP TRIGGER check_setting_value ON pipeline.settings;
DROP FUNCTION pipeline.check_setting_value();
COMMIT;
