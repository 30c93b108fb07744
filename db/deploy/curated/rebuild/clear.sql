-- Deploy mlb:curated/rebuild/clear
-- Curated rebuild step: clear the dates.
BEGIN;
SET LOCAL ROLE mlb_owner;

CREATE OR REPLACE FUNCTION curated.rebuild_clear(p_dates date[]) RETURNS void
LANGUAGE plpgsql
SET search_path = pg_catalog, curated, staging, pipeline
AS $$
BEGIN
  DELETE FROM feature_vectors f WHERE f.game_date = ANY (p_dates) OR f.game_id IN (SELECT g.game_id FROM rebuild_games g);
  DELETE FROM strategy_results r WHERE r.game_date = ANY (p_dates) OR r.game_id IN (SELECT g.game_id FROM rebuild_games g);
  DELETE FROM betting_analysis b USING rebuild_games g WHERE b.game_id = g.game_id;
  DELETE FROM movement_analysis m USING rebuild_games g WHERE m.game_id = g.game_id;
  DELETE FROM market_consensus c USING rebuild_games g WHERE c.game_id = g.game_id;
  DELETE FROM betting_lines_enhanced l USING rebuild_games g WHERE l.game_id = g.game_id;
  DELETE FROM enhanced_games e WHERE e.game_date = ANY (p_dates) OR e.game_id IN (SELECT g.game_id FROM rebuild_games g);
END
$$;
COMMENT ON FUNCTION curated.rebuild_clear(date[]) IS 'Curated rebuild step: deletes every curated row of the given dates and every curated row of the games in the temp table rebuild_games (wherever curated has them), before the other steps write them again.';

COMMIT;
