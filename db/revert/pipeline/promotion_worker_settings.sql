-- Revert mlb:pipeline/promotion_worker_settings
BEGIN;
SET LOCAL ROLE mlb_owner;
DELETE FROM pipeline.settings WHERE key = 'pipeline.promotion_workers';
COMMIT;
