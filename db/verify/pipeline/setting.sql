-- Verify mlb:pipeline/setting
BEGIN;
SELECT 'pipeline.setting(text)'::regprocedure;
ROLLBACK;
