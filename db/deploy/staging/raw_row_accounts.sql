-- Deploy mlb:staging/raw_row_accounts
-- What became of every element a raw row states, written by the promotion that read it
-- (issue 29): per raw row and kind of element, how many it states, how many were staged,
-- refused with a reason, or set aside by a named rule, and how many matched no fate.
BEGIN;
SET LOCAL ROLE mlb_owner;

CREATE TABLE staging.raw_row_accounts (
  raw_table text NOT NULL,
  raw_id bigint NOT NULL,
  entity text NOT NULL CHECK (entity IN ('payload', 'game', 'line', 'split')),
  source text NOT NULL,
  elements int NOT NULL CHECK (elements >= 0),
  staged int NOT NULL CHECK (staged >= 0),
  refused int NOT NULL CHECK (refused >= 0),
  set_aside jsonb NOT NULL DEFAULT '{}' CHECK (jsonb_typeof(set_aside) = 'object'),
  unaccounted int NOT NULL CHECK (unaccounted >= 0),
  pipeline_run_id bigint NOT NULL,
  PRIMARY KEY (raw_table, raw_id, entity)
);
COMMENT ON TABLE staging.raw_row_accounts IS 'Per raw row and kind of element (payload, game, line, split), what its last promotion (or rebuild) made of what it states, each element''s fate found on its own: staged, refused (a reject reason in staging.validation_results), set aside by a named rule, or unaccounted (matching no fate: a fault to report). elements = staged + refused + the set-asides + unaccounted. Read it through pipeline.raw_row_accounting.';
COMMENT ON COLUMN staging.raw_row_accounts.raw_table IS 'Raw payload table.';
COMMENT ON COLUMN staging.raw_row_accounts.raw_id IS 'Raw row id.';
COMMENT ON COLUMN staging.raw_row_accounts.entity IS 'payload (the row itself: staged when read, refused when quarantined whole), game (each game id it states), line (each price record reference), split (each split record reference at a time).';
COMMENT ON COLUMN staging.raw_row_accounts.source IS 'Source.';
COMMENT ON COLUMN staging.raw_row_accounts.elements IS 'Elements of this kind the row states (copies of one element in the row count once).';
COMMENT ON COLUMN staging.raw_row_accounts.staged IS 'Elements staged from this row (games matched or created, lines and splits stored with this row as lineage).';
COMMENT ON COLUMN staging.raw_row_accounts.refused IS 'Elements refused, each with its reject reason in staging.validation_results.';
COMMENT ON COLUMN staging.raw_row_accounts.set_aside IS 'Elements neither staged nor refused, by the named rule that set them aside: newer_copy_in_batch (a newer raw row''s copy was staged), newer_copy_already_staged (a newer copy was stored before), same_observation_in_payload (another element of the row names the same observation).';
COMMENT ON COLUMN staging.raw_row_accounts.unaccounted IS 'Elements that matched no fate: none is expected; a row here is a fault to report.';
COMMENT ON COLUMN staging.raw_row_accounts.pipeline_run_id IS 'The promotion or rebuild run that wrote the account (pipeline.runs).';
GRANT SELECT ON staging.raw_row_accounts TO mlb_analyst;

COMMIT;
