-- Deploy mlb:sources/mlb_stats_api/source
-- MLB Stats API: catalogue row, payload table, parser.
-- MLB Stats API: the official schedule, the authority on games (gamePk),
-- doubleheader numbers, status and final scores.
-- Schedule games: teams by MLB team id, status by codedGameState.
BEGIN;
SET LOCAL ROLE mlb_owner;

-- MLB Stats API: the official schedule, the authority on games (gamePk),
-- doubleheader numbers, status and final scores.
INSERT INTO raw_data.sources (source, display_name, description, stale_after, failing_after_consecutive_failures)
VALUES ('mlb_stats_api', 'MLB Stats API', 'Official schedule, game status, doubleheader numbers and final scores; statsapi.mlb.com.',
        interval '3 hours', 3);

COMMIT;
