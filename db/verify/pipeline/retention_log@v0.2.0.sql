-- Verify mlb:pipeline/retention_log
BEGIN;
SELECT 1 FROM pipeline.retention_log WHERE false;
ROLLBACK;
