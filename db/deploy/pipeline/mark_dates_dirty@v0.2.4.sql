-- Deploy mlb:pipeline/mark_dates_dirty (reworked after v0.2.3)
-- A transaction marks a date with a row of its own (pipeline.dirty_dates.marked_by):
-- it never waits for another promotion's uncommitted mark of the same date, which
-- raising a shared generation did.
BEGIN;
SET LOCAL ROLE mlb_owner;

CREATE OR REPLACE FUNCTION pipeline.mark_dates_dirty() RETURNS trigger
LANGUAGE plpgsql SECURITY DEFINER
SET search_path = pg_catalog, pipeline, staging
AS $$
BEGIN
  INSERT INTO pipeline.dirty_dates (game_date)
  SELECT DISTINCT g.game_date FROM changed_rows c JOIN staging.games g ON g.game_id = c.game_id
  -- Only this transaction's own mark can conflict: nothing to wait for.
  ON CONFLICT (game_date, marked_by) DO NOTHING;
  RETURN NULL;
END
$$;
COMMENT ON FUNCTION pipeline.mark_dates_dirty() IS 'Statement trigger on staging tables: marks the New York dates of changed rows for a curated rebuild, one row per date and transaction, so concurrent promotions marking one date never wait for one another; curated.drain_dirty_dates() removes only the marks it read.';

COMMIT;
