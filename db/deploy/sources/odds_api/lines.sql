-- Deploy mlb:sources/odds_api/lines
BEGIN;
SET LOCAL ROLE mlb_owner;

-- Outcomes are named by team (or Over/Under); h2h, spreads, totals renamed.
CREATE OR REPLACE FUNCTION raw_data.odds_api_lines(p raw_data.payload) RETURNS SETOF raw_data.stated_line
LANGUAGE sql STABLE PARALLEL SAFE
AS $$
  SELECT 'odds_api'::text, p.raw_table, p.raw_id, p.fetched_at,
         e.event->>'id', e.event->>'commence_time', e.event->>'home_team', e.event->>'away_team',
         b.book->>'key', m.market->>'key', k.market,
         o.outcome->>'name', o.outcome->>'name',
         o.outcome->>'point', o.outcome->>'price',
         CASE WHEN m.market ? 'last_update' THEN raw_data.iso_time(m.market->>'last_update')
              WHEN b.book ? 'last_update' THEN raw_data.iso_time(b.book->>'last_update') ELSE p.fetched_at END, 'snapshot'::text,
         CASE WHEN k.market = 'total' THEN CASE lower(o.outcome->>'name') WHEN 'over' THEN 'over' WHEN 'under' THEN 'under' END END,
         k.market <> 'total'
    FROM jsonb_array_elements(raw_data.json_array_or_empty(p.payload)) AS e(event)
   CROSS JOIN LATERAL jsonb_array_elements(raw_data.json_array_or_empty(e.event->'bookmakers')) AS b(book)
   CROSS JOIN LATERAL jsonb_array_elements(raw_data.json_array_or_empty(b.book->'markets')) AS m(market)
   CROSS JOIN LATERAL (SELECT CASE m.market->>'key' WHEN 'h2h' THEN 'moneyline' WHEN 'spreads' THEN 'spread'
                                                     WHEN 'totals' THEN 'total' ELSE m.market->>'key' END AS market) k
   CROSS JOIN LATERAL jsonb_array_elements(raw_data.json_array_or_empty(m.market->'outcomes')) AS o(outcome)
  UNION ALL
  -- What cannot be read is stated as such (staging: unreadable_element), never dropped: a
  -- bookmaker, market or outcome that is not an object.
  SELECT 'odds_api'::text, p.raw_table, p.raw_id, p.fetched_at, e.event->>'id', NULL, NULL, NULL,
         u.book, 'unreadable'::text, 'unreadable'::text, NULL, NULL, NULL, left(u.element::text, 200), p.fetched_at,
         'snapshot'::text, NULL, false
    FROM jsonb_array_elements(raw_data.json_array_or_empty(p.payload)) AS e(event)
   CROSS JOIN LATERAL (
     SELECT NULL::text AS book, b.book AS element
       FROM jsonb_array_elements(raw_data.json_array_or_empty(e.event->'bookmakers')) AS b(book)
      WHERE jsonb_typeof(b.book) <> 'object'
     UNION ALL
     SELECT b.book->>'key', m.market FROM jsonb_array_elements(raw_data.json_array_or_empty(e.event->'bookmakers')) AS b(book)
      CROSS JOIN LATERAL jsonb_array_elements(raw_data.json_array_or_empty(b.book->'markets')) AS m(market)
      WHERE jsonb_typeof(m.market) <> 'object'
     UNION ALL
     SELECT b.book->>'key', o.outcome FROM jsonb_array_elements(raw_data.json_array_or_empty(e.event->'bookmakers')) AS b(book)
      CROSS JOIN LATERAL jsonb_array_elements(raw_data.json_array_or_empty(b.book->'markets')) AS m(market)
      CROSS JOIN LATERAL jsonb_array_elements(raw_data.json_array_or_empty(m.market->'outcomes')) AS o(outcome)
      WHERE jsonb_typeof(o.outcome) <> 'object'
     UNION ALL
     -- An element without the list it holds (none, or not a list) states nothing else: its text is the
     -- reason. Every real event, bookmaker and market holds its list (a recorded payload: 25 events,
     -- 464 bookmakers, 1,017 markets); an empty list states nothing and needs no reason.
     SELECT NULL::text, e.event WHERE jsonb_typeof(e.event->'bookmakers') IS DISTINCT FROM 'array'
     UNION ALL
     SELECT b.book->>'key', b.book FROM jsonb_array_elements(raw_data.json_array_or_empty(e.event->'bookmakers')) AS b(book)
      WHERE jsonb_typeof(b.book) = 'object' AND jsonb_typeof(b.book->'markets') IS DISTINCT FROM 'array'
     UNION ALL
     SELECT b.book->>'key', m.market FROM jsonb_array_elements(raw_data.json_array_or_empty(e.event->'bookmakers')) AS b(book)
      CROSS JOIN LATERAL jsonb_array_elements(raw_data.json_array_or_empty(b.book->'markets')) AS m(market)
      WHERE jsonb_typeof(m.market) = 'object' AND jsonb_typeof(m.market->'outcomes') IS DISTINCT FROM 'array'
   ) u
$$;
COMMENT ON FUNCTION raw_data.odds_api_lines(raw_data.payload) IS 'Prices of a The Odds API odds payload: bookmakers[].markets[].outcomes[] name, price and point, observed at the market''s (else the bookmaker''s) last_update, NULL when the stated one is not a real instant, the fetch time when none is stated. Totals'' sides are Over/Under; other outcomes name a team, mapped to home/away in staging. A bookmaker, market or outcome that is not an object, and an event, bookmaker or market without its list (bookmakers, markets, outcomes), is stated as market unreadable with its text as the price (staging: unreadable_element).';

COMMIT;
