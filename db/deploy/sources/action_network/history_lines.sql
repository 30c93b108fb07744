-- Deploy mlb:sources/action_network/history_lines
BEGIN;
SET LOCAL ROLE mlb_owner;

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

COMMIT;
