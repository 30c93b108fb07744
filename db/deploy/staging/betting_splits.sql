-- Deploy mlb:staging/betting_splits (reworked after v0.2.1)
-- Lineage carries the raw row's fetch time: the first key of the rule that
-- decides which copy of an observation wins (staging.promote_store_lines,
-- staging.promote_splits), so promotion compares a new copy with the stored
-- one without reading raw.
BEGIN;
SET LOCAL ROLE mlb_owner;

ALTER TABLE staging.betting_splits ADD COLUMN raw_fetched_at timestamptz;

DO $$
DECLARE
  t text;
BEGIN
  -- Every stored row's raw row still exists: retention keeps the rows staging derives from.
  FOR t IN SELECT p.raw_table FROM raw_data.payload_tables p ORDER BY 1 LOOP
    EXECUTE format('UPDATE staging.betting_splits s SET raw_fetched_at = r.fetched_at
                      FROM raw_data.%I r WHERE s.raw_table = %L AND s.raw_id = r.id', t, t);
  END LOOP;
END
$$;

ALTER TABLE staging.betting_splits ALTER COLUMN raw_fetched_at SET NOT NULL;
COMMENT ON COLUMN staging.betting_splits.raw_fetched_at IS 'When the raw row (raw_table, raw_id) was fetched. Of several raw rows stating this observation the one fetched last wins; equal fetch times go to the later raw table name, then the later stored raw row (docs/staging.md, "Which copy wins").';

COMMIT;
