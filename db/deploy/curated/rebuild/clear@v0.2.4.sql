-- Deploy mlb:curated/rebuild/clear
-- Curated rebuild step: clear the dates.
BEGIN;
SET LOCAL ROLE mlb_owner;

CREATE FUNCTION curated.rebuild_clear(p_dates date[]) RETURNS void
LANGUAGE plpgsql
SET search_path = pg_catalog, curated, staging, pipeline
AS $$
BEGIN
  DELETE FROM feature_vectors WHERE game_date = ANY (p_dates);
  DELETE FROM strategy_results WHERE game_date = ANY (p_dates);
  DELETE FROM betting_analysis b USING rebuild_games g WHERE b.game_id = g.game_id;
  DELETE FROM movement_analysis m USING rebuild_games g WHERE m.game_id = g.game_id;
  DELETE FROM market_consensus c USING rebuild_games g WHERE c.game_id = g.game_id;
  DELETE FROM betting_lines_enhanced l USING rebuild_games g WHERE l.game_id = g.game_id;
  DELETE FROM enhanced_games e WHERE e.game_date = ANY (p_dates);
END
$$;
COMMENT ON FUNCTION curated.rebuild_clear(date[]) IS 'Curated rebuild step: deletes every curated row of the given dates and of the games in the temp table rebuild_games, before the other steps write them again.';

COMMIT;
