-- Revert mlb:staging/history_lane_queue
BEGIN;
SET LOCAL ROLE mlb_owner;
DROP FUNCTION staging.history_lane_queue();
COMMIT;
