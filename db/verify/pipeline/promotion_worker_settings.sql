-- Verify mlb:pipeline/promotion_worker_settings
BEGIN;
SELECT 1/count(*) FROM pipeline.settings WHERE key = 'pipeline.promotion_workers';
ROLLBACK;
