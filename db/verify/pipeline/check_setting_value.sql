-- Verify mlb:pipeline/check_setting_value
BEGIN;
SELECT 'pipeline.check_setting_value()'::regprocedure;
SELECT 1/count(*) FROM pg_trigger WHERE tgname = 'check_setting_value' AND tgrelid = 'pipeline.settings'::regclass;
ROLLBACK;
