-- Revert mlb:pipeline/mark_dates_dirty from the rework: the v0.2.0 pipeline.mark_dates_dirty again
BEGIN;
SET LOCAL ROLE mlb_owner;

CREATE OR REPLACE FUNCTION pipeline.mark_dates_dirty() RETURNS trigger
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

COMMIT;
