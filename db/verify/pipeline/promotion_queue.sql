-- Verify mlb:pipeline/promotion_queue
BEGIN;
SELECT 1 FROM pipeline.promotion_queue WHERE false;
ROLLBACK;
