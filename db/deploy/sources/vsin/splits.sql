-- Deploy mlb:sources/vsin/splits
BEGIN;
SET LOCAL ROLE mlb_owner;

-- Splits: each Handle and Bets column belongs to the market column before it.
CREATE OR REPLACE FUNCTION raw_data.vsin_splits(p raw_data.payload) RETURNS SETOF raw_data.stated_split
LANGUAGE sql STABLE PARALLEL SAFE
AS $$
  SELECT 'vsin'::text, p.raw_table, p.raw_id, r.row_key, split_part(p.request_key, ':', 2), h.market,
         CASE WHEN h.market = 'total' THEN CASE pos.n WHEN 1 THEN 'over' ELSE 'under' END
              ELSE CASE pos.n WHEN 1 THEN 'first' ELSE 'second' END END,
         r.names[pos.n],
         CASE WHEN h.kind = 'Bets' THEN r.cols->(h.i::int - 1)->>(pos.n - 1) END,
         CASE WHEN h.kind = 'Handle' THEN r.cols->(h.i::int - 1)->>(pos.n - 1) END,
         NULL::text, p.fetched_at
    FROM raw_data.vsin_rows(p) r
   CROSS JOIN LATERAL (
     SELECT x.i, x.kind, (array_agg(x.mkt) FILTER (WHERE x.mkt IS NOT NULL) OVER (ORDER BY x.i))[count(x.mkt) OVER (ORDER BY x.i)] AS market
       FROM (SELECT u.i, u.kind, CASE u.kind WHEN 'Moneyline' THEN 'moneyline' WHEN 'Total' THEN 'total' WHEN 'Run Line' THEN 'spread' END AS mkt
               FROM unnest(r.header) WITH ORDINALITY AS u(kind, i)) x
   ) h
   CROSS JOIN LATERAL (VALUES (1), (2)) pos(n)
   WHERE r.problem IS NULL AND h.kind IN ('Handle', 'Bets') AND h.market IS NOT NULL
$$;
COMMENT ON FUNCTION raw_data.vsin_splits(raw_data.payload) IS 'Splits of a VSIN page rendering (raw_data.vsin_rows, both layouts): each Handle and Bets column belongs to the market column before it; both teams'' (or over''s and under''s) shares in page order. Staging merges a side''s Handle and Bets into one split.';

COMMIT;
