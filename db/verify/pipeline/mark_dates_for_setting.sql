-- Verify mlb:pipeline/mark_dates_for_setting
BEGIN;
SELECT 1/count(*) FROM pg_trigger WHERE tgname = 'mark_dates_for_setting' AND tgrelid = 'pipeline.settings'::regclass;
ROLLBACK;
