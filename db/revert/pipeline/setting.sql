-- Revert mlb:pipeline/setting
BEGIN;
SET LOCAL ROLE mlb_owner;
DROP FUNCTION pipeline.setting(text);
COMMIT;
