-- Deploy mlb:staging/validation_results
-- Quarantined problems and warnings.
BEGIN;
SET LOCAL ROLE mlb_owner;

CREATE TABLE staging.validation_results (
  id bigint GENERATED ALWAYS AS IDENTITY PRIMARY KEY,
  pipeline_run_id bigint NOT NULL REFERENCES pipeline.runs (id),
  rule text NOT NULL,
  severity text NOT NULL CHECK (severity IN ('reject', 'warn')),
  entity text NOT NULL CHECK (entity IN ('payload', 'game', 'line', 'split', 'book')),
  source text NOT NULL,
  raw_table text NOT NULL,
  raw_id bigint NOT NULL,
  record_ref text NOT NULL,
  game_date date,
  details jsonb NOT NULL DEFAULT '{}',
  created_at timestamptz NOT NULL DEFAULT clock_timestamp(),
  UNIQUE (rule, raw_table, raw_id, record_ref)
);
CREATE INDEX validation_results_raw_idx ON staging.validation_results (raw_table, raw_id);
COMMENT ON TABLE staging.validation_results IS 'One row per failed rule per raw record: rejected records are quarantined here with the reason, never silently dropped; warnings are promoted but noted. Unique per rule and record, so re-promotion adds nothing.';
COMMENT ON COLUMN staging.validation_results.id IS 'Result id.';
COMMENT ON COLUMN staging.validation_results.pipeline_run_id IS 'Run that found it.';
COMMENT ON COLUMN staging.validation_results.rule IS 'Rule name (docs/staging.md lists them).';
COMMENT ON COLUMN staging.validation_results.severity IS 'reject (not promoted) or warn (promoted, noted).';
COMMENT ON COLUMN staging.validation_results.entity IS 'What failed: the payload, a game, a line, a split or a book.';
COMMENT ON COLUMN staging.validation_results.source IS 'Source of the record.';
COMMENT ON COLUMN staging.validation_results.raw_table IS 'Raw table of the record (lineage).';
COMMENT ON COLUMN staging.validation_results.raw_id IS 'Raw row of the record.';
COMMENT ON COLUMN staging.validation_results.record_ref IS 'Which record inside the payload (source game id, book, market, side, time).';
COMMENT ON COLUMN staging.validation_results.game_date IS 'New York date the record concerns, when known (for rebuilds).';
COMMENT ON COLUMN staging.validation_results.details IS 'The offending values, as the source stated them.';
COMMENT ON COLUMN staging.validation_results.created_at IS 'When it was found.';
GRANT SELECT ON staging.validation_results TO mlb_analyst;

COMMIT;
