-- Deploy mlb:pipeline/validation_summary
-- Validation success per source and entity.
BEGIN;
SET LOCAL ROLE mlb_owner;

CREATE OR REPLACE VIEW pipeline.validation_summary AS
SELECT source, entity, sum(promoted) AS promoted, sum(warned) AS warned, sum(rejected) AS rejected,
       round(sum(promoted)::numeric / nullif(sum(promoted) + sum(rejected), 0), 4) AS success_rate
  FROM staging.validation_success_rate GROUP BY source, entity;
COMMENT ON VIEW pipeline.validation_summary IS 'Over every run: records promoted, warned and rejected per source and entity, and the share promoted (promoted / (promoted + rejected)).';
COMMENT ON COLUMN pipeline.validation_summary.source IS 'Source.';
COMMENT ON COLUMN pipeline.validation_summary.entity IS 'What was validated (games, betting_lines, betting_splits).';
COMMENT ON COLUMN pipeline.validation_summary.promoted IS 'Records promoted.';
COMMENT ON COLUMN pipeline.validation_summary.warned IS 'Records promoted with a warning.';
COMMENT ON COLUMN pipeline.validation_summary.rejected IS 'Records quarantined.';
COMMENT ON COLUMN pipeline.validation_summary.success_rate IS 'promoted / (promoted + rejected); NULL when nothing was read.';
GRANT SELECT ON pipeline.validation_summary TO mlb_analyst;

COMMIT;
