-- Deploy mlb:staging/matchup
-- A game as a board writes it, away @ home, in the codes the clubs went by on its date.
BEGIN;
SET LOCAL ROLE mlb_owner;

CREATE OR REPLACE FUNCTION staging.matchup(p_away text, p_home text, p_date date) RETURNS text
LANGUAGE sql IMMUTABLE PARALLEL SAFE
RETURN staging.team_code_on(p_away, p_date) || ' @ ' || staging.team_code_on(p_home, p_date);
COMMENT ON FUNCTION staging.matchup(text, text, date) IS 'away @ home in the codes the clubs went by on the game''s New York date (staging.team_code_on): NYM @ PHI; HOU @ OAK in 2023, HOU @ ATH in 2025.';
GRANT EXECUTE ON FUNCTION staging.matchup(text, text, date) TO mlb_analyst;

COMMIT;
