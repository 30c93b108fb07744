-- Deploy mlb:pipeline/mark_dates_for_setting
-- A setting change applies to what is already derived (issue 28): setting
-- signals.steam_min_books then rebuilding printed "nothing to rebuild" and the
-- signals stayed as they were. A change of a setting curated derives rows from
-- (signals.*, lines.*) marks every date with games dirty; the drain (or
-- `mlb-agent pipeline run --zone curated`) rebuilds them.
BEGIN;
SET LOCAL ROLE mlb_owner;

CREATE OR REPLACE FUNCTION pipeline.mark_dates_for_setting() RETURNS trigger
LANGUAGE plpgsql
SET search_path = pg_catalog, pipeline
AS $$
BEGIN
  -- A whole-date mark (no game): each date is rebuilt whole, once per transaction however many settings change.
  INSERT INTO pipeline.dirty_dates (game_date)
  SELECT DISTINCT g.game_date FROM staging.games g
  ON CONFLICT DO NOTHING;
  RETURN NULL;
END
$$;
COMMENT ON FUNCTION pipeline.mark_dates_for_setting() IS 'Trigger on pipeline.settings: a changed value of a setting curated derives rows from (signals.*: steam, reverse line movement, sharp action, feature cutoff; lines.*: the close window) marks every date with games for a whole rebuild (pipeline.dirty_dates, no game), so what is already derived follows the new value; the drain or mlb-agent pipeline run --zone curated rebuilds them, and the CLI says how many dates it marked.';

CREATE OR REPLACE TRIGGER mark_dates_for_setting AFTER UPDATE OF value ON pipeline.settings
  FOR EACH ROW WHEN ((NEW.key LIKE 'signals.%' OR NEW.key LIKE 'lines.%') AND NEW.value IS DISTINCT FROM OLD.value)
  EXECUTE FUNCTION pipeline.mark_dates_for_setting();
COMMENT ON TRIGGER mark_dates_for_setting ON pipeline.settings IS 'A change of a setting curated derives rows from marks every date for a rebuild (pipeline.mark_dates_for_setting).';

COMMIT;
