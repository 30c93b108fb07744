-- Deploy mlb:staging/promote/schedule_games
-- Promotion step: the MLB schedules games.
BEGIN;
SET LOCAL ROLE mlb_owner;

CREATE OR REPLACE FUNCTION staging.promote_schedule_games(p_run_id bigint) RETURNS void
LANGUAGE plpgsql
SET search_path = pg_catalog, staging, pipeline, raw_data
AS $$
BEGIN
  UPDATE games g SET game_pk = s.game_pk
    FROM batch_games s
   WHERE s.source = 'mlb_stats_api' AND s.problem IS NULL AND g.game_pk IS NULL
     AND (g.game_date, g.home_team, g.away_team, g.game_number) = (s.game_date, s.home_team, s.away_team, coalesce(s.game_number, 1))
     AND NOT EXISTS (SELECT 1 FROM games x WHERE x.game_pk = s.game_pk);
  -- Two schedule games claiming one date, clubs and game number cannot both be right.
  UPDATE batch_games s SET problem = 'conflicting_game_identity'
   WHERE s.source = 'mlb_stats_api' AND s.problem IS NULL
     AND EXISTS (SELECT 1 FROM batch_games o
                  WHERE o.source = 'mlb_stats_api' AND o.problem IS NULL AND o.source_game_id <> s.source_game_id
                    AND (o.game_date, o.home_team, o.away_team, coalesce(o.game_number, 1))
                      = (s.game_date, s.home_team, s.away_team, coalesce(s.game_number, 1))
                    AND o.game_pk < s.game_pk);
  UPDATE batch_games s SET problem = 'conflicting_game_identity'
   WHERE s.source = 'mlb_stats_api' AND s.problem IS NULL
     AND EXISTS (SELECT 1 FROM games g WHERE (g.game_date, g.home_team, g.away_team, g.game_number)
                                           = (s.game_date, s.home_team, s.away_team, coalesce(s.game_number, 1))
                                         AND g.game_pk IS DISTINCT FROM s.game_pk AND g.game_pk IS NOT NULL);
  INSERT INTO games AS g (game_pk, game_date, start_time, home_team, away_team, game_number, status, home_score, away_score,
                          innings, status_source, status_fetched_at, quality_score, raw_table, raw_id, pipeline_run_id)
  SELECT s.game_pk, s.game_date, s.start_time, s.home_team, s.away_team, coalesce(s.game_number, 1), s.status,
         CASE WHEN s.status IN ('final', 'live', 'suspended') THEN s.home_score END,
         CASE WHEN s.status IN ('final', 'live', 'suspended') THEN s.away_score END,
         CASE WHEN s.status IN ('final', 'live', 'suspended') THEN s.innings END,
         'mlb_stats_api', s.fetched_at,
         CASE WHEN s.status = 'final' AND (s.home_score IS NULL OR s.away_score IS NULL) THEN 0.5 ELSE 1 END,
         s.raw_table, s.raw_id, p_run_id
    FROM batch_games s WHERE s.source = 'mlb_stats_api' AND s.problem IS NULL
  ON CONFLICT (game_pk) DO UPDATE SET
    game_date = excluded.game_date, start_time = excluded.start_time, home_team = excluded.home_team,
    away_team = excluded.away_team, game_number = excluded.game_number, status = excluded.status,
    home_score = excluded.home_score, away_score = excluded.away_score, innings = excluded.innings,
    status_source = excluded.status_source, status_fetched_at = excluded.status_fetched_at,
    quality_score = excluded.quality_score, raw_table = excluded.raw_table, raw_id = excluded.raw_id,
    pipeline_run_id = excluded.pipeline_run_id, updated_at = clock_timestamp()
  WHERE g.status_fetched_at <= excluded.status_fetched_at
    AND (g.game_date, g.start_time, g.status, g.home_score, g.away_score, g.innings, g.game_number)
        IS DISTINCT FROM (excluded.game_date, excluded.start_time, excluded.status, excluded.home_score,
                          excluded.away_score, excluded.innings, excluded.game_number);
  UPDATE batch_games s SET game_id = g.game_id, match_method = 'mlb_game_pk', match_confidence = 1
    FROM games g WHERE s.source = 'mlb_stats_api' AND s.problem IS NULL AND g.game_pk = s.game_pk;
END
$$;
COMMENT ON FUNCTION staging.promote_schedule_games(bigint) IS 'Promotion step 4: the MLB schedule is the authority on games. Schedule games of the batch (temp table batch_games) are inserted or updated by gamePk (a newer payload wins; an older one never overwrites), a game created earlier from another source gets its gamePk, and two schedule games claiming one date, clubs and game number are quarantined as conflicting_game_identity.';

COMMIT;
