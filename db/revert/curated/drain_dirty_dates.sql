-- Revert mlb:curated/drain_dirty_dates (reworked after v0.2.3): back to removing a date at the generation it rebuilt
-- Dates leave the list after their rebuild, and only if no change marked them
-- again meanwhile: no refresh is ever lost.
BEGIN;
SET LOCAL ROLE mlb_owner;

CREATE OR REPLACE FUNCTION curated.drain_dirty_dates(max_dates int DEFAULT NULL)
RETURNS TABLE (dates int, games bigint, lines bigint, consensus bigint, movements bigint, signals bigint, bets bigint,
               remaining bigint)
LANGUAGE plpgsql SECURITY DEFINER
SET search_path = pg_catalog, curated, pipeline
AS $$
DECLARE
  v_dates date[];
  v_generations bigint[];
BEGIN
  -- One drain at a time (the every-minute job takes the same lock).
  PERFORM pipeline.lock('curated.refresh');
  SELECT array_agg(x.game_date ORDER BY x.game_date), array_agg(x.generation ORDER BY x.game_date)
    INTO v_dates, v_generations
    FROM (SELECT d.game_date, d.generation FROM pipeline.dirty_dates d ORDER BY d.game_date LIMIT max_dates) x;
  IF v_dates IS NULL THEN
    RETURN QUERY SELECT 0, 0::bigint, 0::bigint, 0::bigint, 0::bigint, 0::bigint, 0::bigint, 0::bigint;
    RETURN;
  END IF;
  SELECT cardinality(v_dates), r.games, r.lines, r.consensus, r.movements, r.signals, r.bets
    INTO dates, games, lines, consensus, movements, signals, bets
    FROM curated.rebuild_dates(v_dates) r;
  -- A date marked again while it was rebuilt (its generation moved; an uncommitted
  -- mark is waited for) stays on the list for the next drain.
  DELETE FROM pipeline.dirty_dates d
   USING unnest(v_dates, v_generations) AS t(game_date, generation)
   WHERE d.game_date = t.game_date AND d.generation = t.generation;
  remaining := (SELECT count(*) FROM pipeline.dirty_dates);
  RETURN NEXT;
END
$$;
COMMENT ON FUNCTION curated.drain_dirty_dates(int) IS 'Rebuilds curated for up to max_dates (NULL: all) of the oldest dates staging marked dirty, then takes them off pipeline.dirty_dates unless a change marked them again meanwhile (their generation moved): no refresh is lost. Returns how many dates and the rows written, and how many dirty dates remain. Loop until remaining is 0 to drain in chunks.';

COMMIT;
