-- Deploy mlb:staging/sportsbook_source_id_changes
-- Every change a catalogue makes to what a source book id means.
BEGIN;
SET LOCAL ROLE mlb_owner;

CREATE TABLE staging.sportsbook_source_id_changes (
  change_id bigint GENERATED ALWAYS AS IDENTITY PRIMARY KEY,
  source text NOT NULL,
  source_book_key text NOT NULL,
  old_sportsbook_id int REFERENCES staging.sportsbooks (sportsbook_id),
  new_sportsbook_id int REFERENCES staging.sportsbooks (sportsbook_id),
  old_outlet_name text,
  new_outlet_name text,
  raw_table text NOT NULL,
  raw_id bigint NOT NULL,
  pipeline_run_id bigint NOT NULL REFERENCES pipeline.runs (id),
  changed_at timestamptz NOT NULL DEFAULT clock_timestamp(),
  UNIQUE (source, source_book_key, raw_table, raw_id)
);
CREATE INDEX sportsbook_source_id_changes_key_idx ON staging.sportsbook_source_id_changes (source, source_book_key, changed_at);
COMMENT ON TABLE staging.sportsbook_source_id_changes IS 'Each change a newer catalogue made to a source book id: which sportsbook (brand) and outlet name it meant before and after, when, and the raw catalogue row that said so. A NULL new_sportsbook_id: the newest catalogue names a brand nobody maps, so the id is unmapped and its lines are quarantined as unknown_book.';
COMMENT ON COLUMN staging.sportsbook_source_id_changes.change_id IS 'Change id.';
COMMENT ON COLUMN staging.sportsbook_source_id_changes.source IS 'Source of the id.';
COMMENT ON COLUMN staging.sportsbook_source_id_changes.source_book_key IS 'The source''s book id.';
COMMENT ON COLUMN staging.sportsbook_source_id_changes.old_sportsbook_id IS 'The sportsbook it meant before (NULL: unknown before).';
COMMENT ON COLUMN staging.sportsbook_source_id_changes.new_sportsbook_id IS 'The sportsbook it means now (NULL: unmapped now).';
COMMENT ON COLUMN staging.sportsbook_source_id_changes.old_outlet_name IS 'The outlet name before.';
COMMENT ON COLUMN staging.sportsbook_source_id_changes.new_outlet_name IS 'The outlet name the catalogue states now.';
COMMENT ON COLUMN staging.sportsbook_source_id_changes.raw_table IS 'Raw table of the catalogue that made the change.';
COMMENT ON COLUMN staging.sportsbook_source_id_changes.raw_id IS 'Raw row of the catalogue that made the change.';
COMMENT ON COLUMN staging.sportsbook_source_id_changes.pipeline_run_id IS 'Run that applied it.';
COMMENT ON COLUMN staging.sportsbook_source_id_changes.changed_at IS 'When it was applied.';
GRANT SELECT ON staging.sportsbook_source_id_changes TO mlb_analyst;

COMMIT;
