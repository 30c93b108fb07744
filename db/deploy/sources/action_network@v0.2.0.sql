-- Deploy mlb:sources/action_network
-- Action Network: catalogue row, payload tables, parsers.
BEGIN;
SET LOCAL ROLE mlb_owner;

-- Action Network: the book catalogue, the scoreboard per date (games, each
-- book's current line and public betting) and each game's line history.
-- Its parsers read payloads as the source wrote them; staging maps and checks.
INSERT INTO raw_data.sources (source, display_name, description, stale_after, failing_after_consecutive_failures)
VALUES ('action_network', 'Action Network', 'Scoreboard with lines and public betting per book (per date), per-game line history, and the book catalogue; api.actionnetwork.com, no key.',
        interval '1 hour', 3);

-- Scoreboard games: teams by Action Network team id.
CREATE FUNCTION raw_data.action_network_games(p raw_data.payload) RETURNS SETOF raw_data.stated_game
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

-- Scoreboard lines: the current line of each book, observed when fetched.
CREATE FUNCTION raw_data.action_network_lines(p raw_data.payload) RETURNS SETOF raw_data.stated_line
LANGUAGE sql STABLE PARALLEL SAFE
AS $$
  SELECT 'action_network'::text, p.raw_table, p.raw_id, p.fetched_at,
         g.game->>'id', g.game->>'start_time',
         (SELECT t->>'full_name' FROM jsonb_array_elements(raw_data.json_array_or_empty(g.game->'teams')) t
           WHERE t->>'id' = g.game->>'home_team_id'),
         (SELECT t->>'full_name' FROM jsonb_array_elements(raw_data.json_array_or_empty(g.game->'teams')) t
           WHERE t->>'id' = g.game->>'away_team_id'),
         b.key, m.key, m.key, o.outcome->>'side', NULL::text,
         o.outcome->>'value', o.outcome->>'odds', p.fetched_at, 'snapshot'::text,
         CASE WHEN lower(o.outcome->>'side') IN ('home', 'away', 'over', 'under')
               AND (lower(o.outcome->>'side') IN ('over', 'under')) = (m.key = 'total') THEN lower(o.outcome->>'side') END,
         false
    FROM jsonb_array_elements(raw_data.json_array_or_empty(p.payload->'games')) AS g(game)
   CROSS JOIN LATERAL jsonb_each(raw_data.json_object_or_empty(g.game->'markets')) AS b(key, value)
   CROSS JOIN LATERAL jsonb_each(raw_data.json_object_or_empty(b.value->'event')) AS m(key, value)
   CROSS JOIN LATERAL jsonb_array_elements(raw_data.json_array_or_empty(m.value)) AS o(outcome)
$$;
COMMENT ON FUNCTION raw_data.action_network_lines(raw_data.payload) IS 'Prices of an Action Network scoreboard payload: markets.{book id}.event.{market}[] outcomes with side, value and odds, observed at fetch time. The side is the outcome''s own home/away/over/under.';

-- Shared by the history parser; one row per point of every outcome.
CREATE FUNCTION raw_data.action_network_history_points(payload jsonb)
RETURNS TABLE (book_text text, market text, side_text text, line_text text, price_text text, observed_at timestamptz)
LANGUAGE sql STABLE PARALLEL SAFE
AS $$
  SELECT b.key, m.key, o.outcome->>'side', h.point->>'value', h.point->>'odds', (h.point->>'updated_at')::timestamptz
    FROM jsonb_each(raw_data.json_object_or_empty(payload)) AS b(key, value)
   CROSS JOIN LATERAL jsonb_each(raw_data.json_object_or_empty(b.value->'event')) AS m(key, value)
   CROSS JOIN LATERAL jsonb_array_elements(raw_data.json_array_or_empty(m.value)) AS o(outcome)
   CROSS JOIN LATERAL jsonb_array_elements(raw_data.json_array_or_empty(o.outcome->'history')) AS h(point)
   WHERE h.point->>'updated_at' ~ '^\d{4}-\d{2}-\d{2}'
$$;
COMMENT ON FUNCTION raw_data.action_network_history_points(jsonb) IS 'Every point of every outcome of an Action Network line history payload, as stated: book id, market key, side, value, odds, updated_at. Points without a time are left out.';

-- Line history: every point of every outcome; the request key is the game id.
CREATE FUNCTION raw_data.action_network_history_lines(p raw_data.payload) RETURNS SETOF raw_data.stated_line
LANGUAGE sql STABLE PARALLEL SAFE
AS $$
  SELECT 'action_network'::text, p.raw_table, p.raw_id, p.fetched_at, p.request_key, NULL::text, NULL::text, NULL::text,
         h.book_text, h.market, h.market, h.side_text, NULL::text, h.line_text, h.price_text, h.observed_at, 'history'::text,
         CASE WHEN lower(h.side_text) IN ('home', 'away', 'over', 'under')
               AND (lower(h.side_text) IN ('over', 'under')) = (h.market = 'total') THEN lower(h.side_text) END,
         false
    FROM raw_data.action_network_history_points(p.payload) h
$$;
COMMENT ON FUNCTION raw_data.action_network_history_lines(raw_data.payload) IS 'Prices of an Action Network line history payload (request key = game id): every point, observed at its updated_at.';

-- Public betting on each scoreboard outcome that carries bet_info.
CREATE FUNCTION raw_data.action_network_splits(p raw_data.payload) RETURNS SETOF raw_data.stated_split
LANGUAGE sql STABLE PARALLEL SAFE
AS $$
  SELECT 'action_network'::text, p.raw_table, p.raw_id, g.game->>'id', b.key, m.key, o.outcome->>'side', NULL::text,
         o.outcome->'bet_info'->'tickets'->>'percent', o.outcome->'bet_info'->'money'->>'percent', NULL::text, p.fetched_at
    FROM jsonb_array_elements(raw_data.json_array_or_empty(p.payload->'games')) g(game)
   CROSS JOIN LATERAL jsonb_each(raw_data.json_object_or_empty(g.game->'markets')) b(key, value)
   CROSS JOIN LATERAL jsonb_each(raw_data.json_object_or_empty(b.value->'event')) m(key, value)
   CROSS JOIN LATERAL jsonb_array_elements(raw_data.json_array_or_empty(m.value)) o(outcome)
   WHERE jsonb_typeof(o.outcome->'bet_info') = 'object'
$$;
COMMENT ON FUNCTION raw_data.action_network_splits(raw_data.payload) IS 'Public betting of an Action Network scoreboard payload: bet_info.tickets.percent and bet_info.money.percent of each outcome, per book, at fetch time.';

-- The book catalogue: ids and names.
CREATE FUNCTION raw_data.action_network_books(p raw_data.payload) RETURNS SETOF raw_data.stated_book
LANGUAGE sql STABLE PARALLEL SAFE
AS $$
  SELECT p.raw_table, p.raw_id, bk->>'id', coalesce(bk->>'display_name', bk->>'name')
    FROM jsonb_array_elements(raw_data.json_array_or_empty(p.payload->'books')) bk
   WHERE bk->>'id' IS NOT NULL
$$;
COMMENT ON FUNCTION raw_data.action_network_books(raw_data.payload) IS 'Entries of the Action Network book catalogue (/web/v1/books): id and display_name (else name).';

INSERT INTO raw_data.payload_tables (raw_table, source, endpoints, description, rows_key, rows_type, needs_rows, expected,
                                     promotion_order, games_parser, lines_parser, splits_parser, books_parser) VALUES
  ('action_network_books', 'action_network', '{books}',
   'Action Network book catalogue (/web/v1/books): ids and names of every book, verbatim.',
   'books', 'array', false, 'an object with a books array', 1,
   NULL, NULL, NULL, 'raw_data.action_network_books(raw_data.payload)'),
  ('action_network_games', 'action_network', '{scoreboard}',
   'Action Network MLB scoreboard per date (/web/v2/scoreboard/publicbetting/mlb): games, teams, lines and public betting per book, verbatim.',
   'games', 'array', false, 'an object with a games array', 4,
   'raw_data.action_network_games(raw_data.payload)', 'raw_data.action_network_lines(raw_data.payload)',
   'raw_data.action_network_splits(raw_data.payload)', NULL),
  ('action_network_odds', 'action_network', '{history}',
   'Action Network line history per game (/web/v2/markets/event/{game_id}/history), keyed by book id, verbatim. request_key is the game id.',
   NULL, 'object', false, 'an object of books', 6,
   NULL, 'raw_data.action_network_history_lines(raw_data.payload)', NULL, NULL);

DO $$ BEGIN
  PERFORM raw_data.create_payload_table('action_network_books');
  PERFORM raw_data.create_payload_table('action_network_games');
  PERFORM raw_data.create_payload_table('action_network_odds');
END $$;

COMMIT;
