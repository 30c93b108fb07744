-- Deploy mlb:sources/mlb_stats_api/games
BEGIN;
SET LOCAL ROLE mlb_owner;

-- Schedule games: teams by MLB team id, status by codedGameState.
CREATE OR REPLACE FUNCTION raw_data.mlb_stats_api_games(p raw_data.payload) RETURNS SETOF raw_data.stated_game
LANGUAGE sql STABLE PARALLEL SAFE
AS $$
  SELECT 'mlb_stats_api'::text, p.raw_table, p.raw_id, p.fetched_at, g.game->>'gamePk',
         g.game->>'gameDate', NULL::text,
         g.game->'teams'->'home'->'team'->>'id', g.game->'teams'->'away'->'team'->>'id', NULL::text, NULL::text,
         g.game->>'gameNumber', g.game->'status'->>'codedGameState',
         g.game->'teams'->'home'->>'score', g.game->'teams'->'away'->>'score',
         g.game->'linescore'->>'currentInning', NULL::text,
         'mlb_team_id'::text, true, false, false, s.status,
         CASE WHEN coalesce(g.game->>'gamePk' !~ '^\d{1,9}$', true) THEN 'invalid_game_pk'
              WHEN s.status IS NULL THEN 'unknown_status'
              WHEN raw_data.iso_time(g.game->>'gameDate') IS NULL THEN 'missing_start_time' END
    FROM jsonb_array_elements(raw_data.json_array_or_empty(p.payload->'dates')) d(day)
   CROSS JOIN LATERAL jsonb_array_elements(raw_data.json_array_or_empty(d.day->'games')) g(game)
   CROSS JOIN LATERAL (SELECT CASE g.game->'status'->>'codedGameState'
                                WHEN 'F' THEN 'final' WHEN 'O' THEN 'final' WHEN 'D' THEN 'postponed'
                                WHEN 'C' THEN 'cancelled' WHEN 'U' THEN 'suspended' WHEN 'T' THEN 'suspended'
                                WHEN 'I' THEN 'live' WHEN 'M' THEN 'live' WHEN 'N' THEN 'live'
                                WHEN 'S' THEN 'scheduled' WHEN 'P' THEN 'scheduled' WHEN 'W' THEN 'scheduled' END AS status) s
$$;
COMMENT ON FUNCTION raw_data.mlb_stats_api_games(raw_data.payload) IS 'Games of an MLB Stats API schedule payload: gamePk, gameDate (UTC), home/away team ids, gameNumber, codedGameState mapped (F/O final, D postponed, C cancelled, U/T suspended, I/M/N live, S/P/W scheduled; other codes unknown_status), scores and innings; a game whose gamePk is not a whole number of at most nine digits is invalid_game_pk; one without a real UTC start time is missing_start_time.';

COMMIT;
