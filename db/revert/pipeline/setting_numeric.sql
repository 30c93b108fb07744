-- Revert mlb:pipeline/setting_numeric
BEGIN;
SET LOCAL ROLE mlb_owner;
DROP FUNCTION pipeline.setting_numeric(text);
COMMIT;
