-- Deploy mlb:curated/drain_dirty_dates (reworked after v0.3.0)
-- A partition's dates are rebuilt in slices of about pipeline.rebuild_max_lines prices
-- (issue 30): a rebuild's memory grows with the prices it reads, and a refresh worker
-- that rebuilt a partition's whole backlog at once (the season: about 23 dates) peaked at
-- 284 MB. Sliced by prices, not by a count of dates: three dates a rebuild doubled the
-- drain of two SBRO seasons (407 dates of about 180 prices each: 9.4-10.4 s against
-- 4.1-4.3 s a partition at once); sliced by prices, 5.0-5.6 s in 8 rebuilds.
-- Rebuild the oldest dirty dates.
BEGIN;
SET LOCAL ROLE mlb_owner;

INSERT INTO pipeline.settings (key, value, default_value, description, value_type, min_value, max_value)
VALUES ('pipeline.rebuild_max_lines', '150000', '150000',
        'About how many prices (staging.line_summaries observations) one curated rebuild reads when a refresh drains a partition''s dirty dates (curated.drain_dirty_dates): what bounds a refresh backend''s memory whatever the backlog. A slice of dates ends once the prices of its dates reach it (a date is never split); the partition''s other dates follow in the same drain. 150,000 is about three dates of a full market of ten books (a refresh backend''s peak: 44 MB private, 192 MB with the shared buffers it touched).',
        'integer', 1, 100000000)
ON CONFLICT (key) DO NOTHING;

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
  v_partition_dates date[];
  v_max_lines numeric := coalesce(pipeline.setting_numeric('pipeline.rebuild_max_lines'), 150000);
  v_slice record;
  v_dates date[];
  v_marks date[];
  v_marked_games bigint[];
  v_whole date[];
  v_game_dates date[];
  v_games bigint[];
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
    -- The partition's dirty dates, oldest first, in slices of about pipeline.rebuild_max_lines prices.
    SELECT array_agg(x.game_date ORDER BY x.game_date) INTO v_partition_dates
      FROM (SELECT DISTINCT d.game_date FROM pipeline.dirty_dates d WHERE curated.date_partition(d.game_date) = v_partition
             ORDER BY d.game_date LIMIT max_dates - dates) x;
    CONTINUE WHEN v_partition_dates IS NULL;
    -- A date starts a new slice once the prices of the dates before it pass a multiple of the bound.
    FOR v_slice IN
      SELECT array_agg(x.game_date ORDER BY x.game_date) AS slice_dates
        FROM (SELECT d.game_date,
                     coalesce(sum(n.prices) OVER (ORDER BY d.game_date ROWS BETWEEN UNBOUNDED PRECEDING AND 1 PRECEDING), 0)
                       AS prices_before
                FROM unnest(v_partition_dates) AS d(game_date)
               CROSS JOIN LATERAL (SELECT coalesce(sum(s.observations), 0) AS prices
                                     FROM staging.games g JOIN staging.line_summaries s ON s.game_id = g.game_id
                                    WHERE g.game_date = d.game_date) n) x
       GROUP BY floor(x.prices_before / v_max_lines)
       ORDER BY floor(x.prices_before / v_max_lines)
    LOOP
      v_dates := v_slice.slice_dates;
      -- The marks of these dates as read now, which decide what is rebuilt; each rebuild removes the marks it answers.
      SELECT array_agg(d.game_date), array_agg(d.game_id) INTO v_marks, v_marked_games
        FROM pipeline.dirty_dates d WHERE d.game_date = ANY (v_dates);
      -- A date with a mark naming no game is rebuilt whole; the other dates only for the games their marks name.
      v_whole := ARRAY(SELECT DISTINCT m.game_date FROM unnest(v_marks, v_marked_games) m(game_date, game_id)
                        WHERE m.game_id IS NULL ORDER BY 1);
      v_game_dates := ARRAY(SELECT DISTINCT m.game_date FROM unnest(v_marks) m(game_date) WHERE m.game_date <> ALL (v_whole) ORDER BY 1);
      v_games := ARRAY(SELECT DISTINCT m.game_id FROM unnest(v_marks, v_marked_games) m(game_date, game_id)
                        WHERE m.game_date = ANY (v_game_dates) ORDER BY 1);
      FOR k IN 1 .. 2 LOOP  -- 1: the whole dates, 2: the marked games of the others
        CONTINUE WHEN cardinality(CASE k WHEN 1 THEN v_whole ELSE v_game_dates END) = 0;
        SELECT * INTO r FROM curated.rebuild_dates(CASE k WHEN 1 THEN v_whole ELSE v_game_dates END, CASE k WHEN 2 THEN v_games END);
        games := games + r.games; lines := lines + r.lines; consensus := consensus + r.consensus;
        movements := movements + r.movements; signals := signals + r.signals; bets := bets + r.bets;
      END LOOP;
      dates := dates + cardinality(v_dates);
    END LOOP;
  END LOOP;
  remaining := (SELECT count(DISTINCT game_date) FROM pipeline.dirty_dates);
  RETURN NEXT;
END
$$;
COMMENT ON FUNCTION curated.drain_dirty_dates(int) IS 'Rebuilds curated for up to max_dates (NULL: all) dirty dates, only the marked games of a date whose marks all name games (every game of a date with a mark naming none), partition by partition (pipeline.curated_partitions; the free partition holding the oldest dirty date first, oldest dates first), each partition''s dates in slices of about pipeline.rebuild_max_lines prices (staging.line_summaries observations; a slice ends once its dates'' prices reach the bound, a date is never split: one rebuild''s memory grows with the prices it reads), skipping partitions another drain holds, so drains in several sessions (the curated refresh workers) split the dates. Each rebuild removes exactly the marks it read before it read staging (curated.rebuild_dates): a mark made meanwhile (by a promotion committing during the rebuild) stays, so no refresh is lost, and nothing waits for an uncommitted mark. Returns how many dates and the rows written, and how many dirty dates remain (some may belong to partitions other drains held). curated.refresh_dirty_dates() is the every-minute jobs'' call.';

COMMIT;
