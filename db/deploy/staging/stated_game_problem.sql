-- Deploy mlb:staging/stated_game_problem
-- Why a stated game cannot be staged, checked in order: the one rule for every copy
-- of a game a batch holds, the copy it stages and the older ones it does not (issue 29).
BEGIN;
SET LOCAL ROLE mlb_owner;

-- Not STRICT: it is inlined into promotion's statements.
CREATE OR REPLACE FUNCTION staging.stated_game_problem(
  p_game_date date, p_fetched_at timestamptz, p_max_days_ahead int, p_stated_problem text, p_home_known boolean,
  p_home_text text, p_away_text text, p_team_a_text text, p_team_b_text text,
  p_home_team text, p_away_team text, p_team_a text, p_team_b text, p_home_score_text text, p_away_score_text text)
RETURNS text
LANGUAGE sql IMMUTABLE PARALLEL SAFE
RETURN CASE
  WHEN p_game_date IS NULL THEN 'missing_game_date'
  -- MLB began in 1876; a game more than validation.max_days_ahead after its payload was fetched is not real.
  WHEN p_game_date < date '1876-01-01'
    OR p_game_date > (p_fetched_at AT TIME ZONE 'America/New_York')::date + p_max_days_ahead THEN 'game_date_out_of_range'
  WHEN p_stated_problem IS NOT NULL THEN p_stated_problem
  -- A source that lists two teams without saying which is home (home_known false) names them team_a and team_b.
  WHEN p_home_known AND (p_home_text IS NULL OR p_away_text IS NULL) THEN 'missing_team'
  WHEN NOT p_home_known AND (p_team_a_text IS NULL OR p_team_b_text IS NULL) THEN 'missing_team'
  WHEN p_home_known AND (p_home_team IS NULL OR p_away_team IS NULL) THEN 'unknown_team'
  WHEN NOT p_home_known AND (p_team_a IS NULL OR p_team_b IS NULL) THEN 'unknown_team'
  WHEN p_home_known AND p_home_team = p_away_team THEN 'home_equals_away'
  WHEN NOT p_home_known AND p_team_a = p_team_b THEN 'home_equals_away'
  -- A run count of four digits or more is no score.
  WHEN p_home_score_text ~ '^\d{4,}$' OR p_away_score_text ~ '^\d{4,}$' THEN 'invalid_score'
END;
COMMENT ON FUNCTION staging.stated_game_problem(date, timestamptz, int, text, boolean, text, text, text, text, text, text, text, text, text, text) IS 'The first reason a stated game cannot be staged, NULL when none: missing_game_date, game_date_out_of_range (before 1876, or more than p_max_days_ahead, the setting validation.max_days_ahead, after the New York date it was fetched), the parser''s own reason, missing_team, unknown_team, home_equals_away, invalid_score (four digits or more). Teams are the stated texts and the clubs they mapped to (home and away, or team_a and team_b when the source does not say which is home).';
GRANT EXECUTE ON FUNCTION staging.stated_game_problem(date, timestamptz, int, text, boolean, text, text, text, text, text, text, text, text, text, text) TO mlb_analyst;

COMMIT;
