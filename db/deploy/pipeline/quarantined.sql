-- Deploy mlb:pipeline/quarantined
-- Rejected records with their reasons.
BEGIN;
SET LOCAL ROLE mlb_owner;

CREATE OR REPLACE VIEW pipeline.quarantined AS
SELECT created_at, source, rule, record_ref, details, raw_table, raw_id, pipeline_run_id
  FROM staging.validation_results WHERE severity = 'reject';
COMMENT ON VIEW pipeline.quarantined IS 'Every rejected (quarantined) record: when, which source, the rule it failed, which record of which raw row, and the values it stated.';
COMMENT ON COLUMN pipeline.quarantined.created_at IS 'When it was found.';
COMMENT ON COLUMN pipeline.quarantined.source IS 'Source.';
COMMENT ON COLUMN pipeline.quarantined.rule IS 'The rule it failed.';
COMMENT ON COLUMN pipeline.quarantined.record_ref IS 'Which record inside the payload.';
COMMENT ON COLUMN pipeline.quarantined.details IS 'The offending values, as stated.';
COMMENT ON COLUMN pipeline.quarantined.raw_table IS 'Raw table of the record.';
COMMENT ON COLUMN pipeline.quarantined.raw_id IS 'Raw row of the record.';
COMMENT ON COLUMN pipeline.quarantined.pipeline_run_id IS 'Run that found it.';
GRANT SELECT ON pipeline.quarantined TO mlb_analyst;

COMMIT;
