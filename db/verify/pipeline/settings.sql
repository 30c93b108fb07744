-- Verify mlb:pipeline/settings
BEGIN;

SELECT key, value, default_value, description, updated_at FROM pipeline.settings WHERE false;
SELECT 1 / coalesce((pipeline.setting_numeric('pipeline.batch_size') > 0)::int, 0);

ROLLBACK;
