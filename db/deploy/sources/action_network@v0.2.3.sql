-- Deploy mlb:sources/action_network (reworked after v0.2.1)
-- What the real Action Network sends (docs/sources.md):
-- * /web/v1/books: 428 outlets, display names with a state (68 "DK NJ",
--   972 "BetRivers NY"), each with parent_name, book_parent_id, meta.states
--   and meta.is_legal. The parser states all of them; staging maps an id to a
--   brand by its parent name, never by the outlet's display name.
-- * /web/v1/scoreboard/mlb and /web/v1/sharpreport/mlb: games[] with a flat
--   odds[] array, one object per book_id and type (game, firstfiveinnings, ...).
--   Read beside the v2 markets shape; a period other than the full game gets a
--   market of its own ("firstfiveinnings moneyline"), which staging quarantines
--   as unsupported_market: never mixed into full-game lines.
BEGIN;
SET LOCAL ROLE mlb_owner;

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

-- One row per price a v1 odds object states: (market, side, line field, price field).
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

-- History lines: every point of every outcome (the request key is the game id), and what cannot
-- be read stated as such (staging: unreadable_element): a book without an event object, a market
-- that is not a list, an outcome or a history point that is not an object.
CREATE OR REPLACE FUNCTION raw_data.action_network_history_lines(p raw_data.payload) RETURNS SETOF raw_data.stated_line
LANGUAGE sql STABLE PARALLEL SAFE
AS $$
  SELECT 'action_network'::text, p.raw_table, p.raw_id, p.fetched_at, p.request_key, NULL::text, NULL::text, NULL::text,
         h.book_text, h.market, h.market, h.side_text, NULL::text, h.line_text, h.price_text, h.observed_at, 'history'::text,
         CASE WHEN lower(h.side_text) IN ('home', 'away', 'over', 'under')
               AND (lower(h.side_text) IN ('over', 'under')) = (h.market = 'total') THEN lower(h.side_text) END,
         false
    FROM raw_data.action_network_history_points(p.payload) h
  UNION ALL
  SELECT 'action_network'::text, p.raw_table, p.raw_id, p.fetched_at, p.request_key, NULL, NULL, NULL,
         u.book, 'unreadable'::text, 'unreadable'::text, NULL, NULL, NULL, left(u.element::text, 200), p.fetched_at,
         'history'::text, NULL, false
    FROM (
      SELECT b.key AS book, b.value AS element FROM jsonb_each(raw_data.json_object_or_empty(p.payload)) AS b(key, value)
       WHERE jsonb_typeof(b.value->'event') IS DISTINCT FROM 'object'
      UNION ALL
      SELECT b.key, m.value FROM jsonb_each(raw_data.json_object_or_empty(p.payload)) AS b(key, value)
       CROSS JOIN LATERAL jsonb_each(raw_data.json_object_or_empty(b.value->'event')) AS m(key, value)
       WHERE jsonb_typeof(m.value) <> 'array'
      UNION ALL
      SELECT b.key, o.outcome FROM jsonb_each(raw_data.json_object_or_empty(p.payload)) AS b(key, value)
       CROSS JOIN LATERAL jsonb_each(raw_data.json_object_or_empty(b.value->'event')) AS m(key, value)
       CROSS JOIN LATERAL jsonb_array_elements(raw_data.json_array_or_empty(m.value)) AS o(outcome)
       WHERE jsonb_typeof(o.outcome) <> 'object'
      UNION ALL
      SELECT b.key, h.point FROM jsonb_each(raw_data.json_object_or_empty(p.payload)) AS b(key, value)
       CROSS JOIN LATERAL jsonb_each(raw_data.json_object_or_empty(b.value->'event')) AS m(key, value)
       CROSS JOIN LATERAL jsonb_array_elements(raw_data.json_array_or_empty(m.value)) AS o(outcome)
       CROSS JOIN LATERAL jsonb_array_elements(raw_data.json_array_or_empty(o.outcome->'history')) AS h(point)
       WHERE jsonb_typeof(h.point) <> 'object'
    ) u
$$;
COMMENT ON FUNCTION raw_data.action_network_history_lines(raw_data.payload) IS 'Prices of an Action Network line history payload (request key = game id): every point, observed at its updated_at; a book without an event object, a market that is not a list, an outcome or history point that is not an object is stated as market unreadable with its text as the price (staging: unreadable_element).';

COMMIT;
