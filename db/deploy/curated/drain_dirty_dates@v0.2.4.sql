-- Deploy mlb:curated/drain_dirty_dates (reworked after v0.2.3)
-- A date is marked once per marking transaction (pipeline.dirty_dates.marked_by);
-- the drain removes exactly the marks it read, so a mark made while a date was
-- rebuilt (committed after the read, or still uncommitted) stays for the next
-- drain, and nothing waits for an uncommitted mark.
BEGIN;
SET LOCAL ROLE mlb_owner;

-- Issue 14, curated refresh workers: a drain takes the free partitions of the
-- dirty dates (pipeline.curated_partitions, SKIP LOCKED) one after another, the
-- one holding the oldest dirty date first, and rebuilds each partition's dates;
-- drains in other sessions take the other partitions, so N workers split the
-- dates and never rebuild one date twice at once.
CREATE OR REPLACE FUNCTION curated.drain_dirty_dates(max_dates int DEFAULT NULL)
RETURNS TABLE (dates int, games bigint, lines bigint, consensus bigint, movements bigint, signals bigint, bets bigint,
               remaining bigint)
LANGUAGE plpgsql SECURITY DEFINER
SET search_path = pg_catalog, curated, pipeline
AS $$
DECLARE
  v_partition smallint;
  v_done smallint[] := '{}';
  v_dates date[];
  v_marks date[];
  v_markers xid8[];
  r record;
BEGIN
  -- Drains share the lock with one another; they split the dates by partition.
  PERFORM pipeline.lock('curated.refresh', p_shared => true);
  dates := 0; games := 0; lines := 0; consensus := 0; movements := 0; signals := 0; bets := 0;
  LOOP
    EXIT WHEN max_dates IS NOT NULL AND dates >= max_dates;
    -- The free partition with the oldest dirty date, not drained by this call yet (a partition this transaction
    -- holds is not skipped by SKIP LOCKED, hence v_done).
    SELECT p.partition INTO v_partition
      FROM pipeline.curated_partitions p
      JOIN (SELECT curated.date_partition(d.game_date) AS partition, min(d.game_date) AS oldest
              FROM pipeline.dirty_dates d GROUP BY 1) d USING (partition)
     WHERE p.partition <> ALL (v_done)
     ORDER BY d.oldest, p.partition LIMIT 1
       FOR UPDATE OF p SKIP LOCKED;
    EXIT WHEN NOT FOUND;
    v_done := v_done || v_partition;
    SELECT array_agg(x.game_date ORDER BY x.game_date) INTO v_dates
      FROM (SELECT DISTINCT d.game_date FROM pipeline.dirty_dates d WHERE curated.date_partition(d.game_date) = v_partition
             ORDER BY d.game_date LIMIT max_dates - dates) x;
    CONTINUE WHEN v_dates IS NULL;
    -- The marks of these dates as read now; only these are removed after the rebuild.
    SELECT array_agg(d.game_date), array_agg(d.marked_by) INTO v_marks, v_markers
      FROM pipeline.dirty_dates d WHERE d.game_date = ANY (v_dates);
    SELECT * INTO r FROM curated.rebuild_dates(v_dates);
    dates := dates + cardinality(v_dates);
    games := games + r.games; lines := lines + r.lines; consensus := consensus + r.consensus;
    movements := movements + r.movements; signals := signals + r.signals; bets := bets + r.bets;
    DELETE FROM pipeline.dirty_dates d
     USING unnest(v_marks, v_markers) AS t(game_date, marked_by)
     WHERE d.game_date = t.game_date AND d.marked_by = t.marked_by;
  END LOOP;
  remaining := (SELECT count(DISTINCT game_date) FROM pipeline.dirty_dates);
  RETURN NEXT;
END
$$;
COMMENT ON FUNCTION curated.drain_dirty_dates(int) IS 'Rebuilds curated for up to max_dates (NULL: all) dirty dates, partition by partition (pipeline.curated_partitions; the free partition holding the oldest dirty date first, oldest dates first), skipping partitions another drain holds, so drains in several sessions (the curated refresh workers) split the dates. For each partition it removes exactly the marks it read before the rebuild: a mark made meanwhile (by a promotion committing during the rebuild) stays, so no refresh is lost, and nothing waits for an uncommitted mark. Returns how many dates and the rows written, and how many dirty dates remain (some may belong to partitions other drains held). curated.refresh_dirty_dates() is the every-minute jobs'' call.';

COMMIT;
