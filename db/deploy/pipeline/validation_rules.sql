-- Deploy mlb:pipeline/validation_rules
-- Quarantined and warned records per rule.
BEGIN;
SET LOCAL ROLE mlb_owner;

CREATE OR REPLACE VIEW pipeline.validation_rules AS
SELECT source, rule, severity, count(*) AS records FROM staging.validation_results GROUP BY source, rule, severity;
COMMENT ON VIEW pipeline.validation_rules IS 'How many records each validation rule rejected or warned about, per source (docs/staging.md lists the rules).';
COMMENT ON COLUMN pipeline.validation_rules.source IS 'Source.';
COMMENT ON COLUMN pipeline.validation_rules.rule IS 'Rule name.';
COMMENT ON COLUMN pipeline.validation_rules.severity IS 'reject or warn.';
COMMENT ON COLUMN pipeline.validation_rules.records IS 'Records it applied to.';
GRANT SELECT ON pipeline.validation_rules TO mlb_analyst;

COMMIT;
