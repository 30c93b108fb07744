-- Deploy mlb:curated/side_name_on
-- A side's name on a board, in the code its club went by on the game's date.
BEGIN;
SET LOCAL ROLE mlb_owner;

CREATE OR REPLACE FUNCTION curated.side_name_on(side text, home_team text, away_team text, game_date date)
RETURNS text
LANGUAGE sql IMMUTABLE PARALLEL SAFE
RETURN curated.side_name(side, staging.team_code_on(home_team, game_date), staging.team_code_on(away_team, game_date));
COMMENT ON FUNCTION curated.side_name_on(text, text, text, date) IS 'curated.side_name in the codes the clubs went by on the game''s date (staging.team_code_on): OAK for the home side of a 2023 Athletics home game, ATH in 2025; Over or Under.';
GRANT EXECUTE ON FUNCTION curated.side_name_on(text, text, text, date) TO mlb_analyst;

COMMIT;
