-- Deploy mlb:staging/data_quality_metrics
-- Per-run quality counts.
BEGIN;
SET LOCAL ROLE mlb_owner;

CREATE TABLE staging.data_quality_metrics (
  pipeline_run_id bigint NOT NULL REFERENCES pipeline.runs (id),
  source text NOT NULL,
  table_name text NOT NULL,
  rows_read int NOT NULL,
  rows_promoted int NOT NULL,
  rows_warned int NOT NULL,
  rows_rejected int NOT NULL,
  success_rate numeric(5, 4) GENERATED ALWAYS AS (
    CASE WHEN rows_read > 0 THEN round((rows_read - rows_rejected)::numeric / rows_read, 4) END) STORED,
  PRIMARY KEY (pipeline_run_id, source, table_name)
);
COMMENT ON TABLE staging.data_quality_metrics IS 'Per run, source and staging table: records read, promoted (new rows), warned and rejected, and the validation success rate.';
COMMENT ON COLUMN staging.data_quality_metrics.pipeline_run_id IS 'The run.';
COMMENT ON COLUMN staging.data_quality_metrics.source IS 'Source.';
COMMENT ON COLUMN staging.data_quality_metrics.table_name IS 'Staging table (games, betting_lines, betting_splits, sportsbook_source_ids).';
COMMENT ON COLUMN staging.data_quality_metrics.rows_read IS 'Records read from raw for this table.';
COMMENT ON COLUMN staging.data_quality_metrics.rows_promoted IS 'Rows newly written (repeats of existing observations are not counted).';
COMMENT ON COLUMN staging.data_quality_metrics.rows_warned IS 'Records promoted with a warning.';
COMMENT ON COLUMN staging.data_quality_metrics.rows_rejected IS 'Records quarantined in validation_results.';
COMMENT ON COLUMN staging.data_quality_metrics.success_rate IS '(read - rejected) / read.';
GRANT SELECT ON staging.data_quality_metrics TO mlb_analyst;

COMMIT;
