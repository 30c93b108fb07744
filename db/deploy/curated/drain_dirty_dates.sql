-- Deploy mlb:curated/drain_dirty_dates (reworked after v0.2.3)
-- A date is marked once per marking transaction (pipeline.dirty_dates.marked_by);
-- the drain removes exactly the marks it read, so a mark made while a date was
-- rebuilt (committed after the read, or still uncommitted) stays for the next
-- drain, and nothing waits for an uncommitted mark.
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
  v_marks date[];
  v_markers xid8[];
BEGIN
  -- One drain at a time (the every-minute job takes the same lock).
  PERFORM pipeline.lock('curated.refresh');
  SELECT array_agg(DISTINCT x.game_date ORDER BY x.game_date) INTO v_dates
    FROM (SELECT DISTINCT d.game_date FROM pipeline.dirty_dates d ORDER BY d.game_date LIMIT max_dates) x;
  IF v_dates IS NULL THEN
    RETURN QUERY SELECT 0, 0::bigint, 0::bigint, 0::bigint, 0::bigint, 0::bigint, 0::bigint, 0::bigint;
    RETURN;
  END IF;
  -- The marks of these dates as read now; only these are removed after the rebuild.
  SELECT array_agg(d.game_date), array_agg(d.marked_by) INTO v_marks, v_markers
    FROM pipeline.dirty_dates d WHERE d.game_date = ANY (v_dates);
  SELECT cardinality(v_dates), r.games, r.lines, r.consensus, r.movements, r.signals, r.bets
    INTO dates, games, lines, consensus, movements, signals, bets
    FROM curated.rebuild_dates(v_dates) r;
  DELETE FROM pipeline.dirty_dates d
   USING unnest(v_marks, v_markers) AS t(game_date, marked_by)
   WHERE d.game_date = t.game_date AND d.marked_by = t.marked_by;
  remaining := (SELECT count(DISTINCT game_date) FROM pipeline.dirty_dates);
  RETURN NEXT;
END
$$;
COMMENT ON FUNCTION curated.drain_dirty_dates(int) IS 'Rebuilds curated for up to max_dates (NULL: all) of the oldest dates staging marked dirty, then removes exactly the marks of those dates it read before the rebuild: a mark made meanwhile (by a promotion committing during the rebuild) stays, so no refresh is lost, and nothing waits for an uncommitted mark. Returns how many dates and the rows written, and how many dirty dates remain. Loop until remaining is 0 to drain in chunks; curated.refresh_dirty_dates() is the every-minute job''s call.';

COMMIT;
