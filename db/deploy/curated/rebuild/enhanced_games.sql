-- Deploy mlb:curated/rebuild/enhanced_games
-- Curated rebuild step: games and results.
BEGIN;
SET LOCAL ROLE mlb_owner;

CREATE OR REPLACE FUNCTION curated.rebuild_enhanced_games(p_run bigint) RETURNS void
LANGUAGE plpgsql
SET search_path = pg_catalog, curated, staging, pipeline
AS $$
BEGIN
  -- Games and results.
  INSERT INTO enhanced_games (game_id, game_pk, game_date, season, start_time, home_team, away_team, game_number, status,
                              home_score, away_score, total_runs, winner, home_margin, has_result, raw_table, raw_id, pipeline_run_id)
  SELECT g.game_id, g.game_pk, g.game_date, extract(year FROM g.game_date)::int, g.start_time, g.home_team, g.away_team,
         g.game_number, g.status, r.home_score, r.away_score, r.home_score + r.away_score,
         CASE WHEN r.home_score > r.away_score THEN 'home' WHEN r.away_score > r.home_score THEN 'away' END,
         r.home_score - r.away_score, r.home_score IS NOT NULL, g.raw_table, g.raw_id, p_run
    FROM rebuild_games g
    CROSS JOIN LATERAL (SELECT CASE WHEN g.status = 'final' AND g.away_score IS NOT NULL THEN g.home_score END AS home_score,
                               CASE WHEN g.status = 'final' AND g.home_score IS NOT NULL THEN g.away_score END AS away_score) r;
END
$$;
COMMENT ON FUNCTION curated.rebuild_enhanced_games(bigint) IS 'Curated rebuild step: enhanced_games for the games of the temp table rebuild_games, with season, result, total runs, winner and margin (finals only).';

COMMIT;
