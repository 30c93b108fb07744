-- Verify mlb:staging/data_quality_metrics
BEGIN;
SELECT 1 FROM staging.data_quality_metrics WHERE false;
ROLLBACK;
