-- Deploy mlb:staging/team_name_on
-- The name a club went by on a date, from the one list of names and renames
-- (staging.team_name_aliases): the Oakland Athletics in 2023, the Athletics in 2025.
-- It runs with its owner's rights (issue 31): the analyst's SELECT * FROM curated.game_board
-- was refused (permission denied for function team_name_aliases).
BEGIN;
SET LOCAL ROLE mlb_owner;

CREATE OR REPLACE FUNCTION staging.team_name_on(p_team text, p_date date) RETURNS text
LANGUAGE sql STABLE PARALLEL SAFE SECURITY DEFINER
SET search_path = pg_catalog, staging
RETURN coalesce((SELECT a.alias FROM staging.team_name_aliases() a
                  WHERE a.team_code = p_team AND p_date BETWEEN a.valid_from AND a.valid_to
                  ORDER BY a.valid_from DESC, a.alias LIMIT 1),
                (SELECT t.name FROM staging.teams t WHERE t.team_code = p_team));
COMMENT ON FUNCTION staging.team_name_on(text, date) IS 'The full name a club went by on a New York date (staging.team_name_aliases: the latest-starting name valid then, so Montreal Expos in 2003, Oakland Athletics in 2023); its current name when no listed name was valid or the date is unknown. Runs with its owner''s rights: the analyst reads names through it (curated.game_board) without the right to run staging.team_name_aliases.';
GRANT EXECUTE ON FUNCTION staging.team_name_on(text, date) TO mlb_analyst;

COMMIT;
