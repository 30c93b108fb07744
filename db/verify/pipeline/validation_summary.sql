-- Verify mlb:pipeline/validation_summary
BEGIN;
SELECT source, entity, promoted, warned, rejected, success_rate FROM pipeline.validation_summary WHERE false;
ROLLBACK;
