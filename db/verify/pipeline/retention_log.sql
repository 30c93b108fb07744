-- Verify mlb:pipeline/retention_log
BEGIN;
SELECT 1 FROM pipeline.retention_log WHERE false;
SELECT rows_kept, xact_id FROM pipeline.retention_log WHERE false;
ROLLBACK;
