-- Revert mlb:pipeline/promotion_queue
BEGIN;
SET LOCAL ROLE mlb_owner;
DROP TABLE pipeline.promotion_queue;
COMMIT;
