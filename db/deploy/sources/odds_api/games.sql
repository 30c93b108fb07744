-- Deploy mlb:sources/odds_api/games
BEGIN;
SET LOCAL ROLE mlb_owner;

-- Events: home and away by full name.
CREATE OR REPLACE FUNCTION raw_data.odds_api_games(p raw_data.payload) RETURNS SETOF raw_data.stated_game
LANGUAGE sql STABLE PARALLEL SAFE
AS $$
  SELECT 'odds_api'::text, p.raw_table, p.raw_id, p.fetched_at, e.event->>'id', e.event->>'commence_time', NULL::text,
         e.event->>'home_team', e.event->>'away_team', NULL::text, NULL::text, NULL::text, NULL::text,
         NULL::text, NULL::text, NULL::text, NULL::text,
         'alias'::text, true, false, false, 'scheduled'::text, NULL::text
    FROM jsonb_array_elements(raw_data.json_array_or_empty(p.payload)) e(event)
$$;
COMMENT ON FUNCTION raw_data.odds_api_games(raw_data.payload) IS 'Events of a The Odds API odds payload: id, commence_time (UTC), home_team and away_team names (mapped through staging.team_aliases).';

COMMIT;
