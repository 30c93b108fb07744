-- Deploy mlb:pipeline/mark_dates_dirty (reworked after v0.2.0)
-- Marking a date that is already dirty raises its generation (and so waits for,
-- and is seen by, a refresh that is rebuilding it).
BEGIN;
SET LOCAL ROLE mlb_owner;

CREATE OR REPLACE FUNCTION pipeline.mark_dates_dirty() RETURNS trigger
LANGUAGE plpgsql SECURITY DEFINER
SET search_path = pg_catalog, pipeline, staging
AS $$
BEGIN
  INSERT INTO pipeline.dirty_dates AS d (game_date)
  SELECT DISTINCT g.game_date FROM changed_rows c JOIN staging.games g ON g.game_id = c.game_id
  ORDER BY 1  -- one lock order, so two promotions cannot deadlock on dates
  ON CONFLICT (game_date) DO UPDATE SET generation = d.generation + 1;
  RETURN NULL;
END
$$;
COMMENT ON FUNCTION pipeline.mark_dates_dirty() IS 'Statement trigger on staging tables: marks the New York dates of changed rows for a curated rebuild; a date already marked gets its generation raised, so a refresh rebuilding it meanwhile keeps it marked.';

COMMIT;
