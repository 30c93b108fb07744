-- Deploy mlb:pipeline/raw_row_problems
-- Rejected and warned records per raw row.
BEGIN;
SET LOCAL ROLE mlb_owner;

CREATE OR REPLACE VIEW pipeline.raw_row_problems AS
SELECT raw_table, raw_id, count(*) FILTER (WHERE severity = 'reject') AS rejected,
       count(*) FILTER (WHERE severity = 'warn') AS warned
  FROM staging.validation_results GROUP BY raw_table, raw_id;
COMMENT ON VIEW pipeline.raw_row_problems IS 'Per raw row: how many of its records were rejected and warned about; the worst payloads first with ORDER BY rejected DESC.';
COMMENT ON COLUMN pipeline.raw_row_problems.raw_table IS 'Raw table.';
COMMENT ON COLUMN pipeline.raw_row_problems.raw_id IS 'Raw row.';
COMMENT ON COLUMN pipeline.raw_row_problems.rejected IS 'Its records quarantined.';
COMMENT ON COLUMN pipeline.raw_row_problems.warned IS 'Its records promoted with a warning.';
GRANT SELECT ON pipeline.raw_row_problems TO mlb_analyst;

COMMIT;
