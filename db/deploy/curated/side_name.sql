-- Deploy mlb:curated/side_name
-- What a side is called on a board: the club for home and away, Over or Under
-- for totals. Analyst views use it so no one reads "home" and looks up who that was.
BEGIN;
SET LOCAL ROLE mlb_owner;

CREATE OR REPLACE FUNCTION curated.side_name(side text, home_team text, away_team text)
RETURNS text
LANGUAGE sql IMMUTABLE PARALLEL SAFE
RETURN CASE side WHEN 'home' THEN home_team WHEN 'away' THEN away_team
                 WHEN 'over' THEN 'Over' WHEN 'under' THEN 'Under' END;
COMMENT ON FUNCTION curated.side_name(text, text, text) IS 'The name of a side as a board shows it: the home or away club''s code, Over or Under; NULL for anything else.';
GRANT EXECUTE ON FUNCTION curated.side_name(text, text, text) TO mlb_analyst;

COMMIT;
