-- Verify mlb:pipeline/setting_enabled
BEGIN;
SELECT 'pipeline.setting_enabled(text)'::regprocedure;
ROLLBACK;
