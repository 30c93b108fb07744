-- Verify mlb:pipeline/quarantined
BEGIN;
SELECT created_at, source, rule, record_ref, details, raw_table, raw_id, pipeline_run_id FROM pipeline.quarantined WHERE false;
ROLLBACK;
