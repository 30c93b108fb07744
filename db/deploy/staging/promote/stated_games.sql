-- Deploy mlb:staging/promote/stated_games (reworked after v0.3.0)
-- Every copy of a game the batch holds is checked, not only the one it stages (issue 29):
-- an older copy the newest one replaces gets the reason it would get alone, so a
-- rebuild of a replayed date keeps the reasons promotion gave (staging.stated_game_problem,
-- staging.stated_team: one rule for both).
-- Promotion step: the batchs games, checked.
BEGIN;
SET LOCAL ROLE mlb_owner;

CREATE OR REPLACE FUNCTION staging.promote_stated_games(p_run_id bigint) RETURNS void
LANGUAGE plpgsql
SET search_path = pg_catalog, staging, pipeline, raw_data
AS $$
DECLARE
  v_max_days_ahead int := coalesce(pipeline.setting_numeric('validation.max_days_ahead'), 366)::int;
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
         stated_team(d.source, d.teams_by, d.home_text, d.game_date) AS home_team,
         stated_team(d.source, d.teams_by, d.away_text, d.game_date) AS away_team,
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

  UPDATE batch_games SET problem = stated_game_problem(game_date, fetched_at, v_max_days_ahead, stated_problem, home_known,
                                                      home_text, away_text, team_a_text, team_b_text,
                                                      home_team, away_team, team_a, team_b, home_score_text, away_score_text);

  -- The older copies the batch does not stage: each raw row's statement of a game gets the reason it would get
  -- had it arrived alone (checked once per distinct statement, so a payload repeating a game many times costs
  -- one check). Their newer copy's reasons, and the matching's, are the later steps'.
  INSERT INTO validation_results (pipeline_run_id, rule, severity, entity, source, raw_table, raw_id, record_ref, game_date, details)
  SELECT DISTINCT ON (c.raw_table, c.raw_id, c.source_game_id)
         p_run_id, c.copy_problem, 'reject', 'game', c.source, c.raw_table, c.raw_id, 'game:' || c.source_game_id, c.game_date,
         jsonb_strip_nulls(jsonb_build_object('home', c.home_text, 'away', c.away_text, 'team_a', c.team_a_text,
                                              'team_b', c.team_b_text, 'status', c.status_text, 'date', c.game_date,
                                              'copy_of_newer', true))
    FROM (SELECT u.*, stated_game_problem(u.game_date, u.fetched_at, v_max_days_ahead, u.problem, u.home_known,
                                          u.home_text, u.away_text, u.team_a_text, u.team_b_text,
                                          stated_team(u.source, u.teams_by, u.home_text, u.game_date),
                                          stated_team(u.source, u.teams_by, u.away_text, u.game_date),
                                          team_for_alias(u.source, u.team_a_text, u.game_date),
                                          team_for_alias(u.source, u.team_b_text, u.game_date),
                                          u.home_score_text, u.away_score_text) AS copy_problem
            FROM (SELECT DISTINCT ON (x.raw_table, x.raw_id, x.source_game_id, x.game_date, x.home_text, x.away_text,
                                      x.team_a_text, x.team_b_text, x.problem, x.home_score_text, x.away_score_text)
                         x.*
                    FROM batch_stated_games x
                   WHERE x.source_game_id IS NOT NULL
                     AND NOT EXISTS (SELECT 1 FROM batch_games b WHERE b.raw_table = x.raw_table AND b.raw_id = x.raw_id
                                        AND b.source_game_id = x.source_game_id)) u) c
   WHERE c.copy_problem IS NOT NULL
   ORDER BY c.raw_table, c.raw_id, c.source_game_id, c.fetched_at DESC
  ON CONFLICT DO NOTHING;
END
$$;
COMMENT ON FUNCTION staging.promote_stated_games(bigint) IS 'Promotion step 3: every game the batch states (raw_data.stated_games), dated in New York, teams mapped by MLB or Action Network id or explicit alias, the newest statement per source game only, each checked (staging.stated_game_problem: missing_game_date, game_date_out_of_range, then the parser''s own reason if it states one, missing_team, unknown_team, home_equals_away, invalid_score); an older copy the batch does not stage gets its own reason in validation_results (details.copy_of_newer), as it would have arriving alone; times and dates that are not real are NULL (raw_data.iso_time, iso_date). Leaves them in the temp table batch_games, and every statement before that pick in batch_stated_games.';

COMMIT;
