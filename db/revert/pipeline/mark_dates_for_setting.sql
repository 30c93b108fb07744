-- Revert mlb:pipeline/mark_dates_for_setting
BEGIN;
SET LOCAL ROLE mlb_owner;
DROP TRIGGER mark_dates_for_setting ON pipeline.settings;
DROP FUNCTION pipeline.mark_dates_for_setting();
COMMIT;
