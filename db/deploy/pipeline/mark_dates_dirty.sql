-- Deploy mlb:pipeline/mark_dates_dirty
-- Statement triggers marking changed dates.
BEGIN;
SET LOCAL ROLE mlb_owner;

CREATE OR REPLACE FUNCTION pipeline.mark_dates_dirty() RETURNS trigger
LANGUAGE plpgsql SECURITY DEFINER
SET search_path = pg_catalog, pipeline, staging
AS $$
BEGIN
  INSERT INTO pipeline.dirty_dates (game_date, game_id)
  SELECT g.game_date, g.game_id FROM staging.games g WHERE g.game_id = ANY (ARRAY(SELECT DISTINCT c.game_id FROM changed_rows c))
  -- Only this transaction's own mark can conflict: nothing to wait for.
  ON CONFLICT (game_date, game_id, marked_by) DO NOTHING;
  RETURN NULL;
END
$$;
COMMENT ON FUNCTION pipeline.mark_dates_dirty() IS 'Statement trigger on staging tables: marks the New York date and the game of changed rows for a curated rebuild of that game, one row per game and transaction, so concurrent promotions marking one date never wait for one another; curated.drain_dirty_dates() removes only the marks it read.';
CREATE TRIGGER mark_dates_dirty_insert AFTER INSERT ON staging.games REFERENCING NEW TABLE AS changed_rows
  FOR EACH STATEMENT EXECUTE FUNCTION pipeline.mark_dates_dirty();
CREATE TRIGGER mark_dates_dirty_update AFTER UPDATE ON staging.games REFERENCING NEW TABLE AS changed_rows
  FOR EACH STATEMENT EXECUTE FUNCTION pipeline.mark_dates_dirty();
CREATE TRIGGER mark_dates_dirty_insert AFTER INSERT ON staging.betting_splits REFERENCING NEW TABLE AS changed_rows
  FOR EACH STATEMENT EXECUTE FUNCTION pipeline.mark_dates_dirty();

COMMIT;
