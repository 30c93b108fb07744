-- Revert mlb:sources/sbd (rework after v0.2.1): the previous prices parser
BEGIN;
SET LOCAL ROLE mlb_owner;

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
$$;
COMMENT ON FUNCTION raw_data.sbd_lines(raw_data.payload) IS 'Prices of a SportsBettingDime payload: sportsbooks[].odds.{market}.{side} with american (moneyline) or points and odds.american, observed at fetch time.';

COMMIT;
