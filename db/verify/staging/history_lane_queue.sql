-- Verify mlb:staging/history_lane_queue
BEGIN;
SELECT 'staging.history_lane_queue()'::regprocedure;
ROLLBACK;
