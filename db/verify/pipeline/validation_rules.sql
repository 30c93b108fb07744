-- Verify mlb:pipeline/validation_rules
BEGIN;
SELECT source, rule, severity, records FROM pipeline.validation_rules WHERE false;
ROLLBACK;
