-- Deploy mlb:sources/action_network
-- Action Network: catalogue row, payload tables, parsers.
BEGIN;
SET LOCAL ROLE mlb_owner;

CREATE OR REPLACE FUNCTION raw_data.action_network_v1_prices(odds jsonb)
RETURNS TABLE (period text, market text, side text, line_text text, price_text text, bets_text text, money_text text)
LANGUAGE sql IMMUTABLE PARALLEL SAFE
AS $$
  SELECT odds->>'type', CASE WHEN odds->>'type' = 'game' THEN f.market ELSE (odds->>'type') || ' ' || f.market END,
         f.side, odds->>f.line_field, odds->>f.price_field, odds->>f.bets_field, odds->>f.money_field
    FROM (VALUES ('moneyline', 'home', NULL, 'ml_home', 'ml_home_public', 'ml_home_money'),
                 ('moneyline', 'away', NULL, 'ml_away', 'ml_away_public', 'ml_away_money'),
                 ('spread', 'home', 'spread_home', 'spread_home_line', 'spread_home_public', 'spread_home_money'),
                 ('spread', 'away', 'spread_away', 'spread_away_line', 'spread_away_public', 'spread_away_money'),
                 ('total', 'over', 'total', 'over', 'total_over_public', 'total_over_money'),
                 ('total', 'under', 'total', 'under', 'total_under_public', 'total_under_money'))
         AS f(market, side, line_field, price_field, bets_field, money_field)
$$;
COMMENT ON FUNCTION raw_data.action_network_v1_prices(jsonb) IS 'The six prices of one Action Network v1 odds object (ml_home/ml_away; spread_home/spread_away with spread_home_line/spread_away_line; total with over/under) with the public ticket and money percentages of each side (*_public, *_money). The market is moneyline/spread/total for type game, else prefixed by the type (e.g. firstfiveinnings moneyline), which staging does not take as a full-game line.';
CREATE OR REPLACE FUNCTION raw_data.action_network_outcome_points(history jsonb)
RETURNS TABLE (line_text text, price_text text, observed_at timestamptz, unreadable text)
LANGUAGE sql STABLE PARALLEL SAFE
AS $$
  SELECT x.*
    FROM (SELECT CASE WHEN jsonb_typeof(history) = 'array'
                      THEN NOT jsonb_path_exists(history, 'strict $[*] ? (@.type() != "object")') END OFFSET 0)
         AS k(all_objects)
   CROSS JOIN LATERAL (
     SELECT r.value, r.odds, raw_data.iso_time(r.updated_at), NULL::text
       FROM jsonb_to_recordset(CASE WHEN k.all_objects THEN history END) AS r(value text, odds text, updated_at text)
     UNION ALL
     SELECT h.point->>'value', h.point->>'odds', raw_data.iso_time(h.point->>'updated_at'), u.element
       FROM jsonb_array_elements(CASE WHEN NOT k.all_objects THEN history END) AS h(point)
      CROSS JOIN LATERAL (SELECT NULL::text UNION ALL SELECT left(h.point::text, 200) WHERE jsonb_typeof(h.point) <> 'object')
            AS u(element)
   ) AS x
$$;
COMMENT ON FUNCTION raw_data.action_network_outcome_points(jsonb) IS 'The points of one Action Network outcome history as stated: value, odds, updated_at (NULL when missing or not a real instant: staging quarantines it as invalid_observed_at). A list of objects is read by jsonb_to_recordset; a list holding anything else point by point, where a point that is not an object comes twice: once with no fields and once with its text as unreadable. Nothing when the history is not a list.';
-- Action Network: the book catalogue, the scoreboard per date (games, each
-- book's current line and public betting) and each game's line history.
-- Its parsers read payloads as the source wrote them; staging maps and checks.
INSERT INTO raw_data.sources (source, display_name, description, stale_after, failing_after_consecutive_failures)
VALUES ('action_network', 'Action Network', 'Scoreboard with lines and public betting per book (per date), per-game line history, and the book catalogue; api.actionnetwork.com, no key.',
        interval '1 hour', 3);
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
-- Scoreboard lines: v2 markets.{book id}.event.{market}[] and v1 odds[], observed when fetched (v1: when inserted).
CREATE OR REPLACE FUNCTION raw_data.action_network_lines(p raw_data.payload) RETURNS SETOF raw_data.stated_line
LANGUAGE sql STABLE PARALLEL SAFE
AS $$
  WITH games AS (
    SELECT g.game,
           (SELECT t->>'full_name' FROM jsonb_array_elements(raw_data.json_array_or_empty(g.game->'teams')) t
             WHERE t->>'id' = g.game->>'home_team_id') AS home_name,
           (SELECT t->>'full_name' FROM jsonb_array_elements(raw_data.json_array_or_empty(g.game->'teams')) t
             WHERE t->>'id' = g.game->>'away_team_id') AS away_name
      FROM jsonb_array_elements(raw_data.json_array_or_empty(p.payload->'games')) AS g(game)
     WHERE jsonb_typeof(g.game) = 'object'
  )
  SELECT 'action_network'::text, p.raw_table, p.raw_id, p.fetched_at, g.game->>'id', g.game->>'start_time', g.home_name, g.away_name,
         b.key, m.key, m.key, o.outcome->>'side', NULL::text,
         o.outcome->>'value', o.outcome->>'odds', p.fetched_at, 'snapshot'::text,
         CASE WHEN lower(o.outcome->>'side') IN ('home', 'away', 'over', 'under')
               AND (lower(o.outcome->>'side') IN ('over', 'under')) = (m.key = 'total') THEN lower(o.outcome->>'side') END,
         false
    FROM games g
   CROSS JOIN LATERAL jsonb_each(raw_data.json_object_or_empty(g.game->'markets')) AS b(key, value)
   CROSS JOIN LATERAL jsonb_each(raw_data.json_object_or_empty(b.value->'event')) AS m(key, value)
   CROSS JOIN LATERAL jsonb_array_elements(raw_data.json_array_or_empty(m.value)) AS o(outcome)
  UNION ALL
  SELECT 'action_network'::text, p.raw_table, p.raw_id, p.fetched_at, g.game->>'id', g.game->>'start_time', g.home_name, g.away_name,
         o.odds->>'book_id', v.period, v.market, v.side, NULL::text, v.line_text, v.price_text,
         CASE WHEN o.odds ? 'inserted' THEN raw_data.iso_time(o.odds->>'inserted') ELSE p.fetched_at END, 'snapshot'::text,
         v.side, false
    FROM games g
   CROSS JOIN LATERAL jsonb_array_elements(raw_data.json_array_or_empty(g.game->'odds')) AS o(odds)
   CROSS JOIN LATERAL raw_data.action_network_v1_prices(o.odds) v
   WHERE jsonb_typeof(o.odds) = 'object' AND o.odds ? 'book_id'
  UNION ALL
  -- What cannot be read is stated as such (staging: unreadable_element), never dropped: an odds
  -- element that is not an object with a book_id, a book without an event object, a market that
  -- is not a list, an outcome that is not an object.
  SELECT 'action_network'::text, p.raw_table, p.raw_id, p.fetched_at, g.game->>'id', NULL, NULL, NULL,
         u.book, 'unreadable'::text, 'unreadable'::text, NULL, NULL, NULL, left(u.element::text, 200), p.fetched_at,
         'snapshot'::text, NULL, false
    FROM games g
   CROSS JOIN LATERAL (
     SELECT NULL::text AS book, o.odds AS element
       FROM jsonb_array_elements(raw_data.json_array_or_empty(g.game->'odds')) AS o(odds)
      WHERE jsonb_typeof(o.odds) <> 'object' OR NOT o.odds ? 'book_id'
     UNION ALL
     SELECT b.key, b.value FROM jsonb_each(raw_data.json_object_or_empty(g.game->'markets')) AS b(key, value)
      WHERE jsonb_typeof(b.value->'event') IS DISTINCT FROM 'object'
     UNION ALL
     SELECT b.key, m.value FROM jsonb_each(raw_data.json_object_or_empty(g.game->'markets')) AS b(key, value)
      CROSS JOIN LATERAL jsonb_each(raw_data.json_object_or_empty(b.value->'event')) AS m(key, value)
      WHERE jsonb_typeof(m.value) <> 'array'
     UNION ALL
     SELECT b.key, x.outcome FROM jsonb_each(raw_data.json_object_or_empty(g.game->'markets')) AS b(key, value)
      CROSS JOIN LATERAL jsonb_each(raw_data.json_object_or_empty(b.value->'event')) AS m(key, value)
      CROSS JOIN LATERAL jsonb_array_elements(raw_data.json_array_or_empty(m.value)) AS x(outcome)
      WHERE jsonb_typeof(x.outcome) <> 'object'
   ) u
$$;
COMMENT ON FUNCTION raw_data.action_network_lines(raw_data.payload) IS 'Prices of an Action Network scoreboard payload in either shape: v2 markets.{book id}.event.{market}[] outcomes (side, value, odds) observed at fetch time; v1 games[].odds[] objects (book_id, type, ml_*, spread_*, total, over, under) observed at their inserted time (fetch time when none), full-game type as moneyline/spread/total and other periods as markets of their own. Sides are the source''s own home/away/over/under. An element that cannot be read (an odds element that is not an object with a book_id, a book without an event object, a market that is not a list, an outcome that is not an object) is stated as market unreadable with the element''s text as its price, which staging quarantines as unreadable_element.';
-- Shared by the history parser; one row per point of every outcome.
-- History lines: every point of every outcome (the request key is the game id), and what cannot
-- be read stated as such (staging: unreadable_element): a book without an event object, a market
-- that is not a list, an outcome or a history point that is not an object. One walk: each book,
-- market and outcome is read once, what is not of its kind classified where it is met.
CREATE OR REPLACE FUNCTION raw_data.action_network_history_lines(p raw_data.payload) RETURNS SETOF raw_data.stated_line
LANGUAGE sql STABLE PARALLEL SAFE
AS $$
  SELECT 'action_network'::text, p.raw_table, p.raw_id, p.fetched_at, p.request_key, NULL::text, NULL::text, NULL::text,
         b.key, x.market, x.market, x.side_text, NULL::text, x.line_text, x.price_text, x.observed_at, 'history'::text, x.side,
         false
    FROM jsonb_each(raw_data.json_object_or_empty(p.payload)) AS b(key, value)
    LEFT JOIN LATERAL jsonb_each(CASE WHEN jsonb_typeof(b.value->'event') = 'object' THEN b.value->'event' END) AS m(key, value)
      ON true
    LEFT JOIN LATERAL jsonb_array_elements(CASE WHEN jsonb_typeof(m.value) = 'array' THEN m.value END) AS o(outcome) ON true
   CROSS JOIN LATERAL (
     -- The book, market or outcome that is not of its kind, and an outcome without a history list (an empty event,
     -- market or history states nothing).
     SELECT 'unreadable'::text, NULL::text, NULL::text, left(coalesce(o.outcome, m.value, b.value)::text, 200), p.fetched_at,
            NULL::text
      WHERE CASE WHEN m.key IS NULL THEN jsonb_typeof(b.value->'event') IS DISTINCT FROM 'object'
                 WHEN o.outcome IS NULL THEN jsonb_typeof(m.value) <> 'array'
                 ELSE jsonb_typeof(o.outcome->'history') IS DISTINCT FROM 'array' END
     UNION ALL
     -- Every point of an outcome; the side read once per outcome (OFFSET 0 keeps it there).
     SELECT CASE WHEN h.unreadable IS NULL THEN m.key ELSE 'unreadable' END,
            CASE WHEN h.unreadable IS NULL THEN s.side_text END,
            CASE WHEN h.unreadable IS NULL THEN h.line_text END,
            coalesce(h.unreadable, h.price_text),
            CASE WHEN h.unreadable IS NULL THEN h.observed_at ELSE p.fetched_at END,
            CASE WHEN h.unreadable IS NULL THEN s.side END
       FROM (SELECT o.outcome->>'side' OFFSET 0) AS t(side_text)
      CROSS JOIN LATERAL (SELECT t.side_text,
                                 CASE WHEN lower(t.side_text) IN ('home', 'away', 'over', 'under')
                                       AND (lower(t.side_text) IN ('over', 'under')) = (m.key = 'total')
                                      THEN lower(t.side_text) END) AS s(side_text, side)
      CROSS JOIN LATERAL raw_data.action_network_outcome_points(o.outcome->'history') AS h
      WHERE jsonb_typeof(o.outcome) = 'object'
   ) AS x(market, side_text, line_text, price_text, observed_at, side)
$$;
COMMENT ON FUNCTION raw_data.action_network_history_lines(raw_data.payload) IS 'Prices of an Action Network line history payload (request key = game id): every point (raw_data.action_network_outcome_points), observed at its updated_at; a book without an event object, a market that is not a list, an outcome that is not an object or has no history list, and a history point that is not an object are stated as market unreadable with their text as the price (staging: unreadable_element). Each book, market and outcome is read once.';
-- Public betting: v2 bet_info of each outcome; v1 *_public (tickets) and *_money of each odds object.
CREATE OR REPLACE FUNCTION raw_data.action_network_splits(p raw_data.payload) RETURNS SETOF raw_data.stated_split
LANGUAGE sql STABLE PARALLEL SAFE
AS $$
  SELECT 'action_network'::text, p.raw_table, p.raw_id, g.game->>'id', b.key, m.key, o.outcome->>'side', NULL::text,
         o.outcome->'bet_info'->'tickets'->>'percent', o.outcome->'bet_info'->'money'->>'percent', NULL::text, p.fetched_at
    FROM jsonb_array_elements(raw_data.json_array_or_empty(p.payload->'games')) g(game)
   CROSS JOIN LATERAL jsonb_each(raw_data.json_object_or_empty(g.game->'markets')) b(key, value)
   CROSS JOIN LATERAL jsonb_each(raw_data.json_object_or_empty(b.value->'event')) m(key, value)
   CROSS JOIN LATERAL jsonb_array_elements(raw_data.json_array_or_empty(m.value)) o(outcome)
   WHERE jsonb_typeof(o.outcome->'bet_info') = 'object'
  UNION ALL
  SELECT 'action_network'::text, p.raw_table, p.raw_id, g.game->>'id', o.odds->>'book_id', v.market, v.side, NULL::text,
         v.bets_text, v.money_text, NULL::text,
         CASE WHEN o.odds ? 'inserted' THEN raw_data.iso_time(o.odds->>'inserted') ELSE p.fetched_at END
    FROM jsonb_array_elements(raw_data.json_array_or_empty(p.payload->'games')) g(game)
   CROSS JOIN LATERAL jsonb_array_elements(raw_data.json_array_or_empty(g.game->'odds')) o(odds)
   CROSS JOIN LATERAL raw_data.action_network_v1_prices(o.odds) v
   WHERE jsonb_typeof(o.odds) = 'object' AND (v.bets_text IS NOT NULL OR v.money_text IS NOT NULL)
$$;
COMMENT ON FUNCTION raw_data.action_network_splits(raw_data.payload) IS 'Public betting of an Action Network scoreboard payload: v2 bet_info.tickets.percent and bet_info.money.percent of each outcome at fetch time; v1 ml_/spread_/total_ *_public (tickets) and *_money percentages of each odds object at its inserted time (num_bets, the game''s total, is not a per-side count and stays in raw). Per book id.';
-- The book catalogue: every outlet as stated.
CREATE OR REPLACE FUNCTION raw_data.action_network_books(p raw_data.payload) RETURNS SETOF raw_data.stated_book
LANGUAGE sql STABLE PARALLEL SAFE
AS $$
  SELECT p.raw_table, p.raw_id, bk->>'id', coalesce(bk->>'display_name', bk->>'name'),
         nullif(btrim(bk->>'parent_name'), ''), bk->>'book_parent_id',
         CASE WHEN jsonb_typeof(bk->'meta'->'states') = 'array'
              THEN ARRAY(SELECT jsonb_array_elements_text(bk->'meta'->'states')) END,
         CASE WHEN jsonb_typeof(bk->'meta'->'is_legal') = 'boolean' THEN (bk->'meta'->>'is_legal')::boolean END,
         p.fetched_at
    FROM jsonb_array_elements(raw_data.json_array_or_empty(p.payload->'books')) bk
   WHERE jsonb_typeof(bk) = 'object' AND bk->>'id' IS NOT NULL
$$;
COMMENT ON FUNCTION raw_data.action_network_books(raw_data.payload) IS 'Entries of the Action Network book catalogue (/web/v1/books) as stated: id, display_name (else name; e.g. DK NJ), parent_name and book_parent_id (the brand), meta.states, meta.is_legal, and the fetch time.';
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
-- One row per price a v1 odds object states: (market, side, line field, price field).
-- The points of one outcome's history. A list of objects (every synthetic
-- history; no real one is at hand, docs/sources.md): read by jsonb_to_recordset,
-- each field once. A list holding anything else: point by point, a point that is
-- not an object stated twice, as a point with no fields and as the element that
-- cannot be read. Which of the two is decided once per outcome (OFFSET 0 keeps it so).

COMMIT;
