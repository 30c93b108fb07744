-- Revert mlb:staging/promote/stated_games from the rework: the v0.2.0 staging.promote_stated_games again
BEGIN;
SET LOCAL ROLE mlb_owner;

CREATE OR REPLACE FUNCTION staging.promote_stated_games(p_run_id bigint) RETURNS void
LANGUAGE plpgsql
SET search_path = pg_catalog, staging, pipeline, raw_data
AS $$
BEGIN
  DROP TABLE IF EXISTS batch_games;
  CREATE TEMP TABLE batch_games ON COMMIT DROP AS
  WITH stated AS (
    SELECT g.*, CASE WHEN g.start_text ~ '^\d{4}-\d{2}-\d{2}T' THEN g.start_text::timestamptz END AS start_time
      FROM (SELECT DISTINCT o.raw_table FROM ok_batch o) o
     CROSS JOIN LATERAL raw_data.stated_games(o.raw_table, ARRAY(SELECT x.raw_id FROM ok_batch x WHERE x.raw_table = o.raw_table)) g
  ), dated AS (
    SELECT s.*, coalesce((s.start_time AT TIME ZONE 'America/New_York')::date,
                         CASE WHEN s.date_text ~ '^\d{4}-\d{2}-\d{2}$' THEN to_date(s.date_text, 'YYYY-MM-DD') END) AS game_date
      FROM stated s
  )
  SELECT d.source, d.raw_table, d.raw_id, d.fetched_at, d.source_game_id, d.extra_source_game_id, d.start_time, d.game_date,
         d.home_text, d.away_text, d.team_a_text, d.team_b_text,
         CASE d.teams_by
           WHEN 'mlb_team_id' THEN (SELECT t.team_code FROM teams t WHERE t.mlb_team_id::text = d.home_text)
           WHEN 'action_network_team_id' THEN (SELECT t.team_code FROM teams t WHERE t.action_network_team_id::text = d.home_text)
           ELSE team_for_alias(d.source, d.home_text, d.game_date) END AS home_team,
         CASE d.teams_by
           WHEN 'mlb_team_id' THEN (SELECT t.team_code FROM teams t WHERE t.mlb_team_id::text = d.away_text)
           WHEN 'action_network_team_id' THEN (SELECT t.team_code FROM teams t WHERE t.action_network_team_id::text = d.away_text)
           ELSE team_for_alias(d.source, d.away_text, d.game_date) END AS away_team,
         team_for_alias(d.source, d.team_a_text, d.game_date) AS team_a,
         team_for_alias(d.source, d.team_b_text, d.game_date) AS team_b,
         CASE WHEN d.game_number_text ~ '^[123]$' THEN d.game_number_text::smallint END AS game_number,
         d.status,
         CASE WHEN d.home_score_text ~ '^\d+$' THEN d.home_score_text::int END AS home_score,
         CASE WHEN d.away_score_text ~ '^\d+$' THEN d.away_score_text::int END AS away_score,
         CASE WHEN d.innings_text ~ '^\d+$' THEN d.innings_text::int END AS innings,
         d.status_text, d.home_known, d.in_page_order, d.states_result, d.problem AS stated_problem,
         NULL::bigint AS game_id, NULL::text AS match_method, NULL::numeric AS match_confidence, NULL::text AS problem
    FROM dated d;
  ANALYZE batch_games;
  -- Newest statement per source game only.
  DELETE FROM batch_games g USING batch_games n
   WHERE n.source = g.source AND n.source_game_id = g.source_game_id
     AND (n.fetched_at, n.raw_id) > (g.fetched_at, g.raw_id);

  -- A source that lists two teams without saying which is home (home_known false) names them team_a and team_b.
  UPDATE batch_games SET problem = CASE
      WHEN game_date IS NULL THEN 'missing_game_date'
      WHEN home_known AND (home_text IS NULL OR away_text IS NULL) THEN 'missing_team'
      WHEN NOT home_known AND (team_a_text IS NULL OR team_b_text IS NULL) THEN 'missing_team'
      WHEN home_known AND (home_team IS NULL OR away_team IS NULL) THEN 'unknown_team'
      WHEN NOT home_known AND (team_a IS NULL OR team_b IS NULL) THEN 'unknown_team'
      WHEN home_known AND home_team = away_team THEN 'home_equals_away'
      WHEN NOT home_known AND team_a = team_b THEN 'home_equals_away'
      ELSE stated_problem
    END;
END
$$;
COMMENT ON FUNCTION staging.promote_stated_games(bigint) IS 'Promotion step 3: every game the batch states (raw_data.stated_games), dated in New York, teams mapped by MLB or Action Network id or explicit alias, the newest statement per source game only, each checked (missing_game_date, missing_team, unknown_team, home_equals_away, then the source''s own reason). Leaves them in the temp table batch_games.';

COMMIT;
