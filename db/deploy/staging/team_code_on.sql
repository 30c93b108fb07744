-- Deploy mlb:staging/team_code_on
-- The code a club went by on a date (issue 29): staging.teams.team_code is the club's
-- key for every season, its code today; what a person reads follows the season, so the
-- 2023 Athletics are OAK, not ATH. Not STRICT, so it can be inlined.
BEGIN;
SET LOCAL ROLE mlb_owner;

CREATE OR REPLACE FUNCTION staging.team_code_on(p_team text, p_date date) RETURNS text
LANGUAGE sql IMMUTABLE PARALLEL SAFE
RETURN CASE
  WHEN p_team = 'ATH' AND p_date < date '2025-01-01' THEN 'OAK'   -- Oakland until it left after 2024
  WHEN p_team = 'MIA' AND p_date < date '2012-01-01' THEN 'FLA'   -- the Florida Marlins until 2011
  WHEN p_team = 'WSH' AND p_date < date '2005-01-01' THEN 'MON'   -- the Montreal Expos until 2004
  WHEN p_team = 'LAA' AND p_date < date '1997-01-01' THEN 'CAL'   -- the California Angels until 1996
  WHEN p_team = 'LAA' AND p_date < date '2005-01-01' THEN 'ANA'   -- the Anaheim Angels, 1997 to 2004
  ELSE p_team END;
COMMENT ON FUNCTION staging.team_code_on(text, date) IS 'The code a club (staging.teams.team_code, its key in every season) went by on a New York date: OAK for the Athletics before 2025, FLA for the Marlins before 2012, MON for the Nationals'' club before 2005, CAL and ANA for the Angels before 1997 and 2005; otherwise its code. Boards, matchups and picks show it; keys and filters use team_code.';
GRANT EXECUTE ON FUNCTION staging.team_code_on(text, date) TO mlb_analyst;

COMMIT;
