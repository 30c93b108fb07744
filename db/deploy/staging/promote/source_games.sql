-- Deploy mlb:staging/promote/source_games
-- Promotion step: other sources games.
BEGIN;
SET LOCAL ROLE mlb_owner;

CREATE OR REPLACE FUNCTION staging.promote_source_games(p_run_id bigint) RETURNS void
LANGUAGE plpgsql
SET search_path = pg_catalog, staging, pipeline, raw_data
AS $$
DECLARE
  v_max_start numeric := coalesce(pipeline.setting_numeric('matching.max_start_difference_minutes'), 180);
BEGIN
  -- Other sources' games: known mapping, else teams + New York date (+ start time).
  PERFORM staging.match_batch_games(p_run_id, v_max_start);
  -- Games no schedule has yet are created from the source (never from a source that
  -- cannot say which team is home), numbered by start or row order.
  INSERT INTO games (game_date, start_time, home_team, away_team, game_number, status, home_score, away_score,
                     status_source, status_fetched_at, quality_score, raw_table, raw_id, pipeline_run_id)
  SELECT DISTINCT ON (c.game_date, c.home_team, c.away_team, c.number)
         c.game_date, c.start_time, c.home_team, c.away_team, c.number, c.status,
         CASE WHEN c.status = 'final' THEN c.home_score END, CASE WHEN c.status = 'final' THEN c.away_score END,
         c.source, c.fetched_at,
         round((CASE WHEN c.start_time IS NULL THEN 0 ELSE 1 END
                + CASE WHEN c.status <> 'final' OR (c.home_score IS NOT NULL AND c.away_score IS NOT NULL) THEN 1 ELSE 0 END) / 3.0, 3),
         c.raw_table, c.raw_id, p_run_id
    FROM (SELECT s.*, row_number() OVER (PARTITION BY s.source, s.raw_id, s.game_date, s.home_team, s.away_team
                                         ORDER BY s.start_time NULLS LAST, length(s.source_game_id), s.source_game_id)::smallint AS number
            FROM batch_games s WHERE s.game_id IS NULL AND s.problem IS NULL AND s.home_known) c
   ORDER BY c.game_date, c.home_team, c.away_team, c.number, c.fetched_at, c.raw_id
  ON CONFLICT (game_date, home_team, away_team, game_number) DO NOTHING;
  PERFORM staging.match_batch_games(p_run_id, v_max_start);
  INSERT INTO validation_results (pipeline_run_id, rule, severity, entity, source, raw_table, raw_id, record_ref, game_date, details)
  SELECT p_run_id, 'game_not_in_schedule', 'warn', 'game', s.source, s.raw_table, s.raw_id, 'game:' || s.source_game_id,
         s.game_date, jsonb_build_object('home', s.home_team, 'away', s.away_team, 'date', s.game_date,
                                         'scheduled_games', (SELECT count(*) FROM games k WHERE k.game_date = s.game_date
                                                                                          AND k.game_pk IS NOT NULL))
    FROM batch_games s
   WHERE s.match_method = 'created'
     AND EXISTS (SELECT 1 FROM games k WHERE k.game_date = s.game_date AND k.game_pk IS NOT NULL)
  ON CONFLICT DO NOTHING;
  UPDATE batch_games s SET problem = CASE
      WHEN EXISTS (SELECT 1 FROM games g WHERE g.game_date = s.game_date
                     AND ((g.home_team, g.away_team) IN ((s.home_team, s.away_team), (s.team_a, s.team_b), (s.team_b, s.team_a))))
        THEN 'ambiguous_game_match'
      ELSE 'no_scheduled_game' END
   WHERE s.game_id IS NULL AND s.problem IS NULL;

  -- Results from sources for games the schedule does not have (SBRO history).
  UPDATE games g SET status = s.status, home_score = s.home_score, away_score = s.away_score,
                     status_source = s.source, status_fetched_at = s.fetched_at, raw_table = s.raw_table,
                     raw_id = s.raw_id, pipeline_run_id = p_run_id, updated_at = clock_timestamp()
    FROM (SELECT DISTINCT ON (b.game_id) b.* FROM batch_games b WHERE b.states_result
           ORDER BY b.game_id, raw_copy(b.fetched_at, b.raw_table, b.raw_id) DESC) s
   WHERE s.game_id = g.game_id AND g.game_pk IS NULL AND s.states_result
     AND raw_copy(g.status_fetched_at, g.raw_table, g.raw_id) <= raw_copy(s.fetched_at, s.raw_table, s.raw_id)
     AND (s.status <> 'final' OR (s.home_score IS NOT NULL AND s.away_score IS NOT NULL))
     AND (g.status, g.home_score, g.away_score) IS DISTINCT FROM
         (s.status, CASE WHEN s.status = 'final' THEN s.home_score END, CASE WHEN s.status = 'final' THEN s.away_score END);

  INSERT INTO game_source_ids (source, source_game_id, game_id, match_method, match_confidence, raw_table, raw_id, pipeline_run_id)
  SELECT s.source, ids.id, s.game_id, s.match_method, s.match_confidence, s.raw_table, s.raw_id, p_run_id
    FROM batch_games s CROSS JOIN LATERAL (VALUES (s.source_game_id), (s.extra_source_game_id)) ids(id)
   WHERE s.game_id IS NOT NULL AND ids.id IS NOT NULL
   -- An id stated with two games in the batch maps to the one stated first, as if the payloads came one by one.
   ORDER BY s.source, ids.id, s.fetched_at, s.raw_table, s.raw_id
  ON CONFLICT (source, source_game_id) DO NOTHING;

  INSERT INTO validation_results (pipeline_run_id, rule, severity, entity, source, raw_table, raw_id, record_ref, game_date, details)
  SELECT p_run_id, s.problem, 'reject', 'game', s.source, s.raw_table, s.raw_id, 'game:' || coalesce(s.source_game_id, '(no id)'), s.game_date,
         jsonb_strip_nulls(jsonb_build_object('home', s.home_text, 'away', s.away_text, 'team_a', s.team_a_text,
                                              'team_b', s.team_b_text, 'status', s.status_text, 'date', s.game_date))
    FROM batch_games s WHERE s.problem IS NOT NULL
  ON CONFLICT DO NOTHING;
END
$$;
COMMENT ON FUNCTION staging.promote_source_games(bigint) IS 'Promotion step 5: the batch''s other games (temp table batch_games) matched to staging games (staging.match_batch_games), created when no game exists and the source says which team is home, else quarantined as ambiguous_game_match or no_scheduled_game; a game created on a date the MLB schedule states games for is warned game_not_in_schedule; results from sources that state them (SBRO history) for games the schedule lacks; each source game id mapped in game_source_ids; every game problem in validation_results.';

COMMIT;
