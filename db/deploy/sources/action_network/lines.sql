-- Deploy mlb:sources/action_network/lines
BEGIN;
SET LOCAL ROLE mlb_owner;

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

COMMIT;
