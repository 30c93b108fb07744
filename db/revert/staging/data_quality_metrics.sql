-- Revert mlb:staging/data_quality_metrics
BEGIN;
SET LOCAL ROLE mlb_owner;
DROP TABLE staging.data_quality_metrics;
COMMIT;
