-- Deploy mlb:sources/sbd/games
BEGIN;
SET LOCAL ROLE mlb_owner;

-- Games: home and away by SBD team code.
CREATE OR REPLACE FUNCTION raw_data.sbd_games(p raw_data.payload) RETURNS SETOF raw_data.stated_game
LANGUAGE sql STABLE PARALLEL SAFE
AS $$
  SELECT 'sbd'::text, p.raw_table, p.raw_id, p.fetched_at, g.game->>'_id', g.game->>'date', NULL::text,
         g.game->'home'->>'code', g.game->'away'->>'code', NULL::text, NULL::text, NULL::text, NULL::text,
         NULL::text, NULL::text, NULL::text, NULL::text,
         'alias'::text, true, false, false, 'scheduled'::text, NULL::text
    FROM jsonb_array_elements(raw_data.json_array_or_empty(p.payload->'games')) g(game)
$$;
COMMENT ON FUNCTION raw_data.sbd_games(raw_data.payload) IS 'Games of a SportsBettingDime payload: _id, date (UTC start), home.code and away.code (mapped through staging.team_aliases).';

COMMIT;
