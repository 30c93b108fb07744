-- Revert mlb:pipeline/validation_rules
BEGIN;
SET LOCAL ROLE mlb_owner;
DROP VIEW pipeline.validation_rules;
COMMIT;
