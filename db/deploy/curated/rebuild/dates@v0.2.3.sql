-- Deploy mlb:curated/rebuild/dates (reworked after v0.2.0)
-- The lock is a row of pipeline.locks, which no other role can take.
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
AS $$
DECLARE
  v_run bigint;
  v_games bigint[];
BEGIN
  PERFORM pipeline.lock('curated.rebuild');
  INSERT INTO pipeline.runs (zone, kind, target_date)
  VALUES ('curated', 'rebuild', CASE WHEN cardinality(target_dates) = 1 THEN target_dates[1] END)
  RETURNING id INTO v_run;

  -- A game the schedule moved to another date is rebuilt on the date curated still
  -- has it under too, so that date loses it (and its primary key is free).
  target_dates := ARRAY(SELECT unnest(target_dates)
                        UNION SELECT e.game_date FROM curated.enhanced_games e JOIN staging.games g USING (game_id)
                               WHERE g.game_date = ANY (target_dates) AND e.game_date <> g.game_date);
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
COMMENT ON FUNCTION curated.rebuild_dates(date[]) IS 'Re-derives every curated table for the given New York dates from staging, one step function after another (clear, enhanced games, lines, consensus, steam, reverse line movement, signals, backtests, features), set-based, under an advisory lock; deterministic, so running it twice gives identical tables. A game the schedule moved is also removed from the date curated still had it under. Returns the row counts and the run id.';

COMMIT;
