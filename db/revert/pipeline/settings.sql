-- Revert mlb:pipeline/settings
BEGIN;

DROP FUNCTION pipeline.setting_enabled(text);
DROP FUNCTION pipeline.setting_numeric(text);
DROP FUNCTION pipeline.setting(text);
DROP TABLE pipeline.settings;

COMMIT;
