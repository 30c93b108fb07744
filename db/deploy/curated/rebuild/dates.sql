-- Deploy mlb:curated/rebuild/dates (reworked after v0.3.0)
-- A rebuild removes the dirty marks of what it rebuilt (issue 30): pipeline.dirty_dates
-- marks dates staging changed since curated was last rebuilt, yet a manual rebuild left
-- them, so the next refresh rebuilt the same dates again (in make test, an SBRO season's
-- 200 dates a test had just rebuilt by hand). The rule the drain had (remove exactly the marks read
-- before the rebuild read staging) is now here, for every caller.
-- Curated rebuild of dates: the orchestrator of the steps.
BEGIN;
SET LOCAL ROLE mlb_owner;

-- The curated rebuild of some dates, step by step; each step is its own
-- function in curated/rebuild/ and reads the temp table rebuild_games.
CREATE OR REPLACE FUNCTION curated.rebuild_dates(target_dates date[], p_games bigint[] DEFAULT NULL)
RETURNS TABLE (games bigint, lines bigint, consensus bigint, movements bigint, signals bigint, bets bigint, pipeline_run_id bigint)
LANGUAGE plpgsql SECURITY DEFINER
SET search_path = pg_catalog, curated, staging, pipeline
SET client_min_messages = warning
-- Bulk set-based work: JIT compile time outweighs its gain here; sorts stay in memory.
SET jit = off
SET work_mem = '256MB'
-- Index order over sorts: the lines it reads are cached (see above).
SET random_page_cost = 1.1
AS $$
DECLARE
  v_run bigint;
  v_games bigint[];
  v_whole_dates date[];  -- the dates rebuilt whole: none when given games
  v_marks date[];
  v_markers xid8[];
  v_marked_games bigint[];
BEGIN
  -- Share mode: rebuilds of other dates run beside this one; a strategy's backtest (every date) waits.
  PERFORM pipeline.lock('curated.rebuild', p_shared => true);
  INSERT INTO pipeline.runs (zone, kind, target_date)
  VALUES ('curated', 'rebuild', CASE WHEN cardinality(target_dates) = 1 THEN target_dates[1] END)
  RETURNING id INTO v_run;

  -- The dates, with those a moved game leaves and the dates given games are on now (a game moved since it was
  -- marked), owned through their partitions.
  target_dates := curated.rebuild_own_dates(ARRAY(SELECT unnest(target_dates)
                                                  UNION SELECT g.game_date FROM staging.games g WHERE g.game_id = ANY (p_games)));
  v_whole_dates := CASE WHEN p_games IS NULL THEN target_dates ELSE '{}' END;
  -- The dirty marks this rebuild answers, read before it reads staging: every mark of a date rebuilt whole, the
  -- marks naming the given games. Only these are removed at the end; a mark made meanwhile (by a promotion
  -- committing during the rebuild) stays for the next refresh.
  SELECT array_agg(d.game_date), array_agg(d.marked_by), array_agg(d.game_id) INTO v_marks, v_markers, v_marked_games
    FROM pipeline.dirty_dates d
   WHERE d.game_date = ANY (target_dates) AND (p_games IS NULL OR d.game_id = ANY (p_games));
  DROP TABLE IF EXISTS rebuild_games;
  CREATE TEMP TABLE rebuild_games ON COMMIT DROP AS
  SELECT g.* FROM staging.games g
   WHERE CASE WHEN p_games IS NULL THEN g.game_date = ANY (target_dates) ELSE g.game_id = ANY (p_games) END;
  ANALYZE rebuild_games;
  -- An array filter reaches into the staging views' indexes; a join would scan them whole.
  v_games := ARRAY(SELECT game_id FROM rebuild_games);
  -- The summaries the steps read, for any of the games still marked stale.
  PERFORM staging.refresh_line_summaries(v_run, v_games);

  -- Given games: their rows are cleared wherever curated has them, no date's other games.
  PERFORM curated.rebuild_clear(v_whole_dates);
  PERFORM curated.rebuild_enhanced_games(v_run);
  PERFORM curated.rebuild_lines(v_run, v_games);
  PERFORM curated.rebuild_consensus(v_run, v_games);
  PERFORM curated.rebuild_steam(v_run, v_games);
  PERFORM curated.rebuild_reverse_line_movement(v_run, v_games);
  PERFORM curated.rebuild_signals(v_run, v_games);
  PERFORM curated.rebuild_backtests(v_run);
  PERFORM curated.rebuild_features(v_run, v_whole_dates);
  DELETE FROM pipeline.dirty_dates d
   USING unnest(v_marks, v_markers, v_marked_games) AS t(game_date, marked_by, game_id)
   WHERE d.game_date = t.game_date AND d.marked_by = t.marked_by AND d.game_id IS NOT DISTINCT FROM t.game_id;

  UPDATE pipeline.runs SET status = 'succeeded', finished_at = clock_timestamp(),
         rows_in = (SELECT count(*) FROM rebuild_games),
         rows_out = (SELECT count(*) FROM betting_lines_enhanced e JOIN rebuild_games g USING (game_id))
                    + (SELECT count(*) FROM strategy_results r JOIN rebuild_games g USING (game_id))
   WHERE id = v_run;

  RETURN QUERY SELECT
    (SELECT count(*) FROM enhanced_games e JOIN rebuild_games g USING (game_id)),
    (SELECT count(*) FROM betting_lines_enhanced e JOIN rebuild_games g USING (game_id)),
    (SELECT count(*) FROM market_consensus c JOIN rebuild_games g USING (game_id)),
    (SELECT count(*) FROM movement_analysis m JOIN rebuild_games g USING (game_id)),
    (SELECT count(*) FROM betting_analysis b JOIN rebuild_games g USING (game_id)),
    (SELECT count(*) FROM strategy_results r JOIN rebuild_games g USING (game_id)),
    v_run;
END
$$;
COMMENT ON FUNCTION curated.rebuild_dates(date[], bigint[]) IS 'Re-derives every curated table for the given New York dates from staging (with p_games: only those games, wherever curated had them; the given dates and the dates those games are on now are owned all the same), one step function after another (the stale summaries of its games computed again, clear, enhanced games, lines, consensus, steam, reverse line movement, signals, backtests, features), set-based, owning its dates (their partitions of pipeline.curated_partitions, under the curated.rebuild lock in share mode: rebuilds of other partitions run beside it), planned for lines in memory (random_page_cost 1.1: index scans in key order rather than bitmap scans and sorts); deterministic, so running it twice gives identical tables. A game the schedule moved is also removed from the date curated still had it under. Removes the dirty marks it answers (pipeline.dirty_dates: every mark of a date rebuilt whole, the marks naming the given games), exactly those read before it read staging, so a mark made meanwhile stays for the next refresh. Returns the row counts and the run id.';

COMMIT;
