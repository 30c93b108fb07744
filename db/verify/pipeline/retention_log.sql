-- Verify mlb:pipeline/retention_log (reworked): entries name their transaction.
BEGIN;
SELECT rows_kept, xact_id FROM pipeline.retention_log WHERE false;
ROLLBACK;
