-- Verify mlb:pipeline/settings
BEGIN;
SELECT 1 FROM pipeline.settings WHERE false;
ROLLBACK;
