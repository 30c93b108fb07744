-- Deploy mlb:curated/rebuild/dates (reworked after v0.2.3)
-- Issue 14, curated refresh workers: the curated.rebuild lock (a row of
-- pipeline.locks, which no other role can take) is held in share mode, and the
-- dates are owned through their partitions (curated.rebuild_own_dates), so
-- rebuilds of dates in other partitions run at once.
-- Issue 14: at the default random_page_cost (4, a spinning disk's) the planner
-- reads a date's lines by bitmap scans and sorts them; the lines a rebuild
-- reads were just promoted and are in memory: 1.1, as for an SSD, lets it walk
-- the natural key's index in order. Measured on a tenth season, same session:
-- steam 1.45 -> 1.16-1.21 s, a date's rebuild 445-470 -> 420-445 ms; the whole
-- tenth within the noise (6.0-6.3 s either way). A small gain, kept.
BEGIN;
SET LOCAL ROLE mlb_owner;

-- The curated rebuild of some dates, step by step; each step is its own
-- function in curated/rebuild/ and reads the temp table rebuild_games.
CREATE OR REPLACE FUNCTION curated.rebuild_dates(target_dates date[])
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
BEGIN
  -- Share mode: rebuilds of other dates run beside this one; a strategy's backtest (every date) waits.
  PERFORM pipeline.lock('curated.rebuild', p_shared => true);
  INSERT INTO pipeline.runs (zone, kind, target_date)
  VALUES ('curated', 'rebuild', CASE WHEN cardinality(target_dates) = 1 THEN target_dates[1] END)
  RETURNING id INTO v_run;

  -- The dates, with those a moved game leaves, owned through their partitions.
  target_dates := curated.rebuild_own_dates(target_dates);
  DROP TABLE IF EXISTS rebuild_games;
  CREATE TEMP TABLE rebuild_games ON COMMIT DROP AS
  SELECT g.* FROM staging.games g WHERE g.game_date = ANY (target_dates);
  ANALYZE rebuild_games;
  -- An array filter reaches into the staging views' indexes; a join would scan them whole.
  v_games := ARRAY(SELECT game_id FROM rebuild_games);

  PERFORM curated.rebuild_clear(target_dates);
  PERFORM curated.rebuild_enhanced_games(v_run);
  PERFORM curated.rebuild_lines(v_run, v_games);
  PERFORM curated.rebuild_consensus(v_run, v_games);
  PERFORM curated.rebuild_steam(v_run, v_games);
  PERFORM curated.rebuild_reverse_line_movement(v_run, v_games);
  PERFORM curated.rebuild_signals(v_run, v_games);
  PERFORM curated.rebuild_backtests(v_run);
  PERFORM curated.rebuild_features(v_run, target_dates);

  UPDATE pipeline.runs SET status = 'succeeded', finished_at = clock_timestamp(),
         rows_in = (SELECT count(*) FROM rebuild_games),
         rows_out = (SELECT count(*) FROM betting_lines_enhanced e JOIN rebuild_games g USING (game_id))
                    + (SELECT count(*) FROM strategy_results WHERE game_date = ANY (target_dates))
   WHERE id = v_run;

  RETURN QUERY SELECT
    (SELECT count(*) FROM enhanced_games WHERE game_date = ANY (target_dates)),
    (SELECT count(*) FROM betting_lines_enhanced e JOIN rebuild_games g USING (game_id)),
    (SELECT count(*) FROM market_consensus c JOIN rebuild_games g USING (game_id)),
    (SELECT count(*) FROM movement_analysis m JOIN rebuild_games g USING (game_id)),
    (SELECT count(*) FROM betting_analysis b JOIN rebuild_games g USING (game_id)),
    (SELECT count(*) FROM strategy_results WHERE game_date = ANY (target_dates)),
    v_run;
END
$$;
COMMENT ON FUNCTION curated.rebuild_dates(date[]) IS 'Re-derives every curated table for the given New York dates from staging, one step function after another (clear, enhanced games, lines, consensus, steam, reverse line movement, signals, backtests, features), set-based, owning its dates (their partitions of pipeline.curated_partitions, under the curated.rebuild lock in share mode: rebuilds of other partitions run beside it), planned for lines in memory (random_page_cost 1.1: index scans in key order rather than bitmap scans and sorts); deterministic, so running it twice gives identical tables. A game the schedule moved is also removed from the date curated still had it under. Returns the row counts and the run id.';

COMMIT;
