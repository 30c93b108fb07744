-- Deploy mlb:pipeline/mark_dates_dirty
-- Statement triggers marking changed dates.
BEGIN;
SET LOCAL ROLE mlb_owner;

CREATE FUNCTION pipeline.mark_dates_dirty() RETURNS trigger
LANGUAGE plpgsql SECURITY DEFINER
SET search_path = pg_catalog, pipeline, staging
AS $$
BEGIN
  INSERT INTO pipeline.dirty_dates (game_date)
  SELECT DISTINCT g.game_date FROM changed_rows c JOIN staging.games g ON g.game_id = c.game_id
  ON CONFLICT DO NOTHING;
  RETURN NULL;
END
$$;
COMMENT ON FUNCTION pipeline.mark_dates_dirty() IS 'Statement trigger on staging tables: marks the New York dates of changed rows for a curated rebuild.';
CREATE TRIGGER mark_dates_dirty_insert AFTER INSERT ON staging.games REFERENCING NEW TABLE AS changed_rows
  FOR EACH STATEMENT EXECUTE FUNCTION pipeline.mark_dates_dirty();
CREATE TRIGGER mark_dates_dirty_update AFTER UPDATE ON staging.games REFERENCING NEW TABLE AS changed_rows
  FOR EACH STATEMENT EXECUTE FUNCTION pipeline.mark_dates_dirty();
CREATE TRIGGER mark_dates_dirty_insert AFTER INSERT ON staging.betting_lines REFERENCING NEW TABLE AS changed_rows
  FOR EACH STATEMENT EXECUTE FUNCTION pipeline.mark_dates_dirty();
CREATE TRIGGER mark_dates_dirty_insert AFTER INSERT ON staging.betting_splits REFERENCING NEW TABLE AS changed_rows
  FOR EACH STATEMENT EXECUTE FUNCTION pipeline.mark_dates_dirty();

COMMIT;
