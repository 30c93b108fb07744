-- Deploy mlb:staging/promote/stated_games
-- Promotion step: the batchs games, checked.
BEGIN;
SET LOCAL ROLE mlb_owner;

CREATE OR REPLACE FUNCTION staging.promote_stated_games(p_run_id bigint) RETURNS void
LANGUAGE plpgsql
SET search_path = pg_catalog, staging, pipeline, raw_data
AS $$
BEGIN
  -- Every game every payload states, before the newest statement per game is picked:
  -- promote_unread asks which payloads stated anything.
  DROP TABLE IF EXISTS batch_stated_games;
  CREATE TEMP TABLE batch_stated_games ON COMMIT DROP AS
  WITH stated AS (
    SELECT g.*, raw_data.iso_time(g.start_text) AS start_time
      FROM (SELECT DISTINCT o.raw_table FROM ok_batch o) o
     CROSS JOIN LATERAL raw_data.stated_games(o.raw_table, ARRAY(SELECT x.raw_id FROM ok_batch x WHERE x.raw_table = o.raw_table)) g
  )
  SELECT s.*, coalesce((s.start_time AT TIME ZONE 'America/New_York')::date, raw_data.iso_date(s.date_text)) AS game_date
    FROM stated s;

  DROP TABLE IF EXISTS batch_games;
  CREATE TEMP TABLE batch_games ON COMMIT DROP AS
  WITH dated AS (SELECT * FROM batch_stated_games)
  -- One statement per source game and stated game (date and clubs; the schedule: per gamePk): the newest (fetch
  -- time, then raw row), so a payload that dates a source's id differently (a rescheduled game) is matched on its
  -- own, in a batch as when it arrived alone. Copies in
  -- one payload by their stated values. A sort, never a join of a game's copies with
  -- each other (260,000 copies of one id took over 400 s). Rows without an id all stay.
  SELECT DISTINCT ON (d.source, d.source_game_id, CASE WHEN d.source_game_id IS NULL THEN d.copy END,
                      CASE WHEN d.source <> 'mlb_stats_api'
                           THEN json_build_array(d.game_date, d.home_text, d.away_text, d.team_a_text, d.team_b_text)::text END)
         d.source, d.raw_table, d.raw_id, d.fetched_at, d.source_game_id, d.extra_source_game_id, d.start_time, d.game_date,
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
         CASE WHEN d.home_score_text ~ '^\d{1,3}$' THEN d.home_score_text::int END AS home_score,
         CASE WHEN d.away_score_text ~ '^\d{1,3}$' THEN d.away_score_text::int END AS away_score,
         CASE WHEN d.innings_text ~ '^\d{1,3}$' THEN d.innings_text::int END AS innings,
         CASE WHEN d.source_game_id ~ '^\d{1,9}$' THEN d.source_game_id::int END AS game_pk,
         d.status_text, d.home_score_text, d.away_score_text, d.home_known, d.in_page_order, d.states_result, d.problem AS stated_problem,
         NULL::bigint AS game_id, NULL::text AS match_method, NULL::numeric AS match_confidence, NULL::text AS problem
    FROM (SELECT x.*, row_number() OVER () AS copy FROM dated x) d
   ORDER BY d.source, d.source_game_id, CASE WHEN d.source_game_id IS NULL THEN d.copy END,
            CASE WHEN d.source <> 'mlb_stats_api'
                 THEN json_build_array(d.game_date, d.home_text, d.away_text, d.team_a_text, d.team_b_text)::text END,
            raw_copy(d.fetched_at, d.raw_table, d.raw_id) DESC, d.start_text, d.date_text, d.home_text, d.away_text, d.team_a_text,
            d.team_b_text, d.status_text, d.home_score_text, d.away_score_text, d.game_number_text;
  ANALYZE batch_games;

  -- A source that lists two teams without saying which is home (home_known false) names them team_a and team_b.
  UPDATE batch_games SET problem = CASE
      WHEN game_date IS NULL THEN 'missing_game_date'
      -- MLB began in 1876; a game more than validation.max_days_ahead after its payload was fetched is not real.
      WHEN game_date < date '1876-01-01'
        OR game_date > (fetched_at AT TIME ZONE 'America/New_York')::date
                       + coalesce(pipeline.setting_numeric('validation.max_days_ahead'), 366)::int
        THEN 'game_date_out_of_range'
      WHEN stated_problem IS NOT NULL THEN stated_problem
      WHEN home_known AND (home_text IS NULL OR away_text IS NULL) THEN 'missing_team'
      WHEN NOT home_known AND (team_a_text IS NULL OR team_b_text IS NULL) THEN 'missing_team'
      WHEN home_known AND (home_team IS NULL OR away_team IS NULL) THEN 'unknown_team'
      WHEN NOT home_known AND (team_a IS NULL OR team_b IS NULL) THEN 'unknown_team'
      WHEN home_known AND home_team = away_team THEN 'home_equals_away'
      WHEN NOT home_known AND team_a = team_b THEN 'home_equals_away'
      -- A run count of four digits or more is no score.
      WHEN home_score_text ~ '^\d{4,}$' OR away_score_text ~ '^\d{4,}$' THEN 'invalid_score'
    END;
END
$$;
COMMENT ON FUNCTION staging.promote_stated_games(bigint) IS 'Promotion step 3: every game the batch states (raw_data.stated_games), dated in New York, teams mapped by MLB or Action Network id or explicit alias, the newest statement per source game only, each checked (missing_game_date, game_date_out_of_range, then the parser''s own reason if it states one, missing_team, unknown_team, home_equals_away, invalid_score); times and dates that are not real are NULL (raw_data.iso_time, iso_date). Leaves them in the temp table batch_games, and every statement before that pick in batch_stated_games.';

COMMIT;
