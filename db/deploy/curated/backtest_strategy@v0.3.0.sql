-- Deploy mlb:curated/backtest_strategy
-- A strategy composed now is backtested now, over every decided game in the
-- database: its results and skips replaced, the other strategies untouched.
-- An insert or update of a strategy (plain SQL, or mlb-agent strategy add)
-- runs it, so the row and its record never disagree.
BEGIN;
SET LOCAL ROLE mlb_owner;

CREATE OR REPLACE FUNCTION curated.backtest_strategy(p_strategy_key text)
RETURNS TABLE (season integer, bets bigint, wins bigint, losses bigint, pushes bigint, voids bigint, skipped bigint,
               units numeric, roi numeric, roi_ci95_low numeric, roi_ci95_high numeric, average_clv numeric,
               longest_losing_run bigint, max_drawdown numeric)
LANGUAGE plpgsql
SET search_path = pg_catalog, curated, staging, pipeline
AS $$
DECLARE
  v_run bigint;
BEGIN
  IF NOT EXISTS (SELECT FROM strategies s WHERE s.strategy_key = p_strategy_key) THEN
    RAISE EXCEPTION 'no strategy % (SELECT strategy_key FROM curated.strategies)', p_strategy_key
      USING ERRCODE = 'invalid_parameter_value';
  END IF;
  PERFORM pipeline.lock('curated.rebuild');
  INSERT INTO pipeline.runs (zone, kind) VALUES ('curated', 'rebuild') RETURNING id INTO v_run;
  DELETE FROM strategy_results r WHERE r.strategy_key = p_strategy_key;
  IF to_regclass('pg_temp.rebuild_games') IS NOT NULL THEN
    DROP TABLE rebuild_games;
  END IF;
  CREATE TEMP TABLE rebuild_games ON COMMIT DROP AS
  SELECT g.* FROM staging.games g WHERE g.status IN ('final', 'postponed', 'cancelled');
  ANALYZE rebuild_games;
  PERFORM rebuild_backtests(v_run, p_strategy_key);
  UPDATE pipeline.runs SET status = 'succeeded', finished_at = clock_timestamp(),
         rows_in = (SELECT count(*) FROM rebuild_games),
         rows_out = (SELECT count(*) FROM strategy_results r WHERE r.strategy_key = p_strategy_key)
   WHERE id = v_run;
  DROP TABLE rebuild_games;
  RETURN QUERY
  SELECT m.season, m.bets, m.wins, m.losses, m.pushes, m.voids, m.skipped, m.units, m.roi, m.roi_ci95_low,
         m.roi_ci95_high, m.average_clv, m.longest_losing_run, m.max_drawdown
    FROM profitability_metrics m WHERE m.strategy_key = p_strategy_key AND m.month IS NULL ORDER BY m.season;
END
$$;
COMMENT ON FUNCTION curated.backtest_strategy(text) IS 'Backtests one strategy over every decided game in the database (curated.rebuild_backtests with p_strategy, under the curated rebuild lock), replacing its results and skips, and returns its record per season (the columns of curated.profitability_metrics): SELECT * FROM curated.backtest_strategy(''home_favourite_at_close''). Run by the trigger of curated.strategies on every insert or update.';

CREATE OR REPLACE FUNCTION curated.backtest_changed_strategy() RETURNS trigger
LANGUAGE plpgsql
SET search_path = pg_catalog, curated
AS $$
BEGIN
  PERFORM backtest_strategy(NEW.strategy_key);
  RETURN NULL;
END
$$;
COMMENT ON FUNCTION curated.backtest_changed_strategy() IS 'Trigger of curated.strategies: backtests the inserted or updated strategy at once (curated.backtest_strategy).';

CREATE TRIGGER backtest_changed_strategy AFTER INSERT OR UPDATE ON curated.strategies
  FOR EACH ROW EXECUTE FUNCTION curated.backtest_changed_strategy();
COMMENT ON TRIGGER backtest_changed_strategy ON curated.strategies IS 'A composed or changed strategy is backtested when written.';

COMMIT;
