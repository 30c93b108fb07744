-- Revert mlb:staging/promote/metrics
BEGIN;
SET LOCAL ROLE mlb_owner;
DROP FUNCTION staging.promote_metrics(bigint);
COMMIT;
