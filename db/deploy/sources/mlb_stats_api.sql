-- Deploy mlb:sources/mlb_stats_api
-- MLB Stats API: catalogue row, payload table, parser.
BEGIN;
SET LOCAL ROLE mlb_owner;

-- MLB Stats API: the official schedule, the authority on games (gamePk),
-- doubleheader numbers, status and final scores.
INSERT INTO raw_data.sources (source, display_name, description, stale_after, failing_after_consecutive_failures)
VALUES ('mlb_stats_api', 'MLB Stats API', 'Official schedule, game status, doubleheader numbers and final scores; statsapi.mlb.com.',
        interval '3 hours', 3);
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
INSERT INTO raw_data.payload_tables (raw_table, source, endpoints, description, rows_key, rows_type, needs_rows, expected,
                                     promotion_order, games_parser, lines_parser, splits_parser, books_parser) VALUES
  ('mlb_stats_api', 'mlb_stats_api', '{schedule}', 'MLB Stats API schedule responses (date or date range, with linescore), verbatim.',
   'dates', 'array', false, 'an object with a dates array', 2,
   'raw_data.mlb_stats_api_games(raw_data.payload)', NULL, NULL, NULL);
DO $$ BEGIN PERFORM raw_data.create_payload_table('mlb_stats_api'); END $$;

COMMIT;
