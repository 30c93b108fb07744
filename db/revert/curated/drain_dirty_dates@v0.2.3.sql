-- Revert mlb:curated/drain_dirty_dates from the rework: the v0.2.0 curated.drain_dirty_dates again
BEGIN;
SET LOCAL ROLE mlb_owner;

-- Take the oldest dirty dates off the list and rebuild them, in one
-- transaction; callers loop (with a progress bar) until nothing remains.
CREATE OR REPLACE FUNCTION curated.drain_dirty_dates(max_dates int DEFAULT NULL)
RETURNS TABLE (dates int, games bigint, lines bigint, consensus bigint, movements bigint, signals bigint, bets bigint,
               remaining bigint)
LANGUAGE plpgsql SECURITY DEFINER
SET search_path = pg_catalog, curated, pipeline
AS $$
DECLARE
  v_dates date[];
BEGIN
  -- One drain at a time (the every-minute job takes the same lock).
  PERFORM pg_advisory_xact_lock(hashtext('mlb.curated.refresh'));
  WITH taken AS (
    DELETE FROM pipeline.dirty_dates d
     WHERE d.game_date IN (SELECT x.game_date FROM pipeline.dirty_dates x ORDER BY x.game_date LIMIT max_dates)
    RETURNING d.game_date
  )
  SELECT array_agg(t.game_date ORDER BY t.game_date) INTO v_dates FROM taken t;
  IF v_dates IS NULL THEN
    RETURN QUERY SELECT 0, 0::bigint, 0::bigint, 0::bigint, 0::bigint, 0::bigint, 0::bigint, 0::bigint;
    RETURN;
  END IF;
  RETURN QUERY
  SELECT cardinality(v_dates), r.games, r.lines, r.consensus, r.movements, r.signals, r.bets,
         (SELECT count(*) FROM pipeline.dirty_dates)
    FROM curated.rebuild_dates(v_dates) r;
END
$$;
COMMENT ON FUNCTION curated.drain_dirty_dates(int) IS 'Takes up to max_dates (NULL: all) of the oldest dates staging marked dirty off pipeline.dirty_dates and rebuilds curated for them in the same transaction; returns how many dates, the rows written and how many dirty dates remain. Loop until remaining is 0 to drain in chunks.';

COMMIT;
