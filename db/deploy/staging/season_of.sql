-- Deploy mlb:staging/season_of
-- The one rule for a game's season, which partitions staging.betting_line_rows:
-- the year of its New York date (spring training to the World Series fall in one
-- calendar year).
BEGIN;
SET LOCAL ROLE mlb_owner;

CREATE OR REPLACE FUNCTION staging.season_of(game_date date) RETURNS smallint
LANGUAGE sql IMMUTABLE PARALLEL SAFE
RETURN extract(year FROM game_date)::smallint;
COMMENT ON FUNCTION staging.season_of(date) IS 'The season of a game on this New York date: its year (2024-10-30, a World Series game, is 2024). The partition key of staging.betting_line_rows.';
GRANT EXECUTE ON FUNCTION staging.season_of(date) TO mlb_analyst;

COMMIT;
