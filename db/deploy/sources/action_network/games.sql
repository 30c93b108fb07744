-- Deploy mlb:sources/action_network/games
BEGIN;
SET LOCAL ROLE mlb_owner;

-- Scoreboard games: teams by Action Network team id.
CREATE OR REPLACE FUNCTION raw_data.action_network_games(p raw_data.payload) RETURNS SETOF raw_data.stated_game
LANGUAGE sql STABLE PARALLEL SAFE
AS $$
  SELECT 'action_network'::text, p.raw_table, p.raw_id, p.fetched_at, g.game->>'id', g.game->>'start_time', NULL::text,
         g.game->>'home_team_id', g.game->>'away_team_id', NULL::text, NULL::text, NULL::text, g.game->>'status',
         NULL::text, NULL::text, NULL::text, NULL::text,
         'action_network_team_id'::text, true, false, true,
         CASE lower(g.game->>'status') WHEN 'postponed' THEN 'postponed' WHEN 'cancelled' THEN 'cancelled'
                                       WHEN 'complete' THEN 'final' WHEN 'closed' THEN 'final'
                                       WHEN 'inprogress' THEN 'live' ELSE 'scheduled' END,
         NULL::text
    FROM jsonb_array_elements(raw_data.json_array_or_empty(p.payload->'games')) g(game)
$$;
COMMENT ON FUNCTION raw_data.action_network_games(raw_data.payload) IS 'Games of an Action Network scoreboard payload: id, start_time, home_team_id and away_team_id (Action Network team ids), status mapped (complete/closed = final, inprogress = live, postponed, cancelled, else scheduled).';

COMMIT;
