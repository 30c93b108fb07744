-- Verify mlb:pipeline/setting_numeric
BEGIN;
SELECT 'pipeline.setting_numeric(text)'::regprocedure;
ROLLBACK;
