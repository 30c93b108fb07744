-- Deploy mlb:sources/sbd/lines
BEGIN;
SET LOCAL ROLE mlb_owner;

-- Prices: sportsbooks[].odds.{market}.{side}, and what cannot be read stated as such
-- (staging: unreadable_element): a sportsbook entry, market or side that is not an object.
CREATE OR REPLACE FUNCTION raw_data.sbd_lines(p raw_data.payload) RETURNS SETOF raw_data.stated_line
LANGUAGE sql STABLE PARALLEL SAFE
AS $$
  SELECT 'sbd'::text, p.raw_table, p.raw_id, p.fetched_at,
         g.game->>'_id', g.game->>'date', g.game->'home'->>'code', g.game->'away'->>'code',
         coalesce(b.book->>'name', b.book->>'_id'), m.key, m.key, s.key, NULL::text,
         CASE WHEN m.key = 'moneyline' THEN NULL ELSE s.value->>'points' END,
         CASE WHEN m.key = 'moneyline' THEN s.value->>'american' ELSE s.value->'odds'->>'american' END,
         p.fetched_at, 'snapshot'::text,
         CASE WHEN lower(s.key) IN ('home', 'away', 'over', 'under')
               AND (lower(s.key) IN ('over', 'under')) = (m.key = 'total') THEN lower(s.key) END,
         false
    FROM jsonb_array_elements(raw_data.json_array_or_empty(p.payload->'games')) AS g(game)
   CROSS JOIN LATERAL jsonb_array_elements(raw_data.json_array_or_empty(g.game->'sportsbooks')) AS b(book)
   CROSS JOIN LATERAL jsonb_each(raw_data.json_object_or_empty(b.book->'odds')) AS m(key, value)
   CROSS JOIN LATERAL jsonb_each(raw_data.json_object_or_empty(m.value)) AS s(key, value)
   WHERE jsonb_typeof(s.value) = 'object'
  UNION ALL
  SELECT 'sbd'::text, p.raw_table, p.raw_id, p.fetched_at, g.game->>'_id', NULL, NULL, NULL,
         u.book, 'unreadable'::text, 'unreadable'::text, NULL, NULL, NULL, left(u.element::text, 200), p.fetched_at,
         'snapshot'::text, NULL, false
    FROM jsonb_array_elements(raw_data.json_array_or_empty(p.payload->'games')) AS g(game)
   CROSS JOIN LATERAL (
     SELECT NULL::text AS book, b.book AS element
       FROM jsonb_array_elements(raw_data.json_array_or_empty(g.game->'sportsbooks')) AS b(book)
      WHERE jsonb_typeof(b.book) <> 'object'
     UNION ALL
     SELECT coalesce(b.book->>'name', b.book->>'_id'), m.value
       FROM jsonb_array_elements(raw_data.json_array_or_empty(g.game->'sportsbooks')) AS b(book)
      CROSS JOIN LATERAL jsonb_each(raw_data.json_object_or_empty(b.book->'odds')) AS m(key, value)
      WHERE jsonb_typeof(m.value) <> 'object'
     UNION ALL
     SELECT coalesce(b.book->>'name', b.book->>'_id'), s.value
       FROM jsonb_array_elements(raw_data.json_array_or_empty(g.game->'sportsbooks')) AS b(book)
      CROSS JOIN LATERAL jsonb_each(raw_data.json_object_or_empty(b.book->'odds')) AS m(key, value)
      CROSS JOIN LATERAL jsonb_each(raw_data.json_object_or_empty(m.value)) AS s(key, value)
      WHERE jsonb_typeof(s.value) <> 'object'
     UNION ALL
     -- A game without its sportsbooks list, a sportsbook without its odds object (none, or another type)
     -- states nothing else: its text is the reason. Every game and sportsbook of a recorded payload holds
     -- them (15 games, 90 sportsbooks); an empty list or object states nothing and needs no reason.
     SELECT NULL::text, g.game WHERE jsonb_typeof(g.game) = 'object' AND jsonb_typeof(g.game->'sportsbooks') IS DISTINCT FROM 'array'
     UNION ALL
     SELECT coalesce(b.book->>'name', b.book->>'_id'), b.book
       FROM jsonb_array_elements(raw_data.json_array_or_empty(g.game->'sportsbooks')) AS b(book)
      WHERE jsonb_typeof(b.book) = 'object' AND jsonb_typeof(b.book->'odds') IS DISTINCT FROM 'object'
   ) u
$$;
COMMENT ON FUNCTION raw_data.sbd_lines(raw_data.payload) IS 'Prices of a SportsBettingDime payload: sportsbooks[].odds.{market}.{side} with american (moneyline) or points and odds.american, observed at fetch time; a sportsbook entry, market or side that is not an object, a game without its sportsbooks list and a sportsbook without its odds object are stated as market unreadable with their text as the price (staging: unreadable_element).';

COMMIT;
