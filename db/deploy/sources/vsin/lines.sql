-- Deploy mlb:sources/vsin/lines
BEGIN;
SET LOCAL ROLE mlb_owner;

-- Prices: the Moneyline, Run Line and Total columns, both values of each.
CREATE OR REPLACE FUNCTION raw_data.vsin_lines(p raw_data.payload) RETURNS SETOF raw_data.stated_line
LANGUAGE sql STABLE PARALLEL SAFE
AS $$
  SELECT 'vsin'::text, p.raw_table, p.raw_id, p.fetched_at, r.row_key, NULL::text, NULL::text, NULL::text,
         split_part(p.request_key, ':', 2), h.header, h.market,
         CASE v.pos WHEN 1 THEN 'first' ELSE 'second' END, r.names[v.pos::int],
         CASE h.market WHEN 'moneyline' THEN NULL WHEN 'total' THEN v.cell_text ELSE split_part(v.cell_text, ' ', 1) END,
         CASE h.market WHEN 'moneyline' THEN v.cell_text WHEN 'total' THEN NULL
                       ELSE nullif(split_part(v.cell_text, ' ', 2), '') END,
         -- The Total column states the number without prices: a line, not a price.
         p.fetched_at, CASE h.market WHEN 'total' THEN 'line_only' ELSE 'snapshot' END,
         NULL::text, h.market <> 'total'
    FROM raw_data.vsin_rows(p) r
   CROSS JOIN LATERAL (SELECT x.header, x.i,
                              CASE x.header WHEN 'Moneyline' THEN 'moneyline' WHEN 'Total' THEN 'total' WHEN 'Run Line' THEN 'spread' END AS market
                         FROM unnest(r.header) WITH ORDINALITY AS x(header, i)) h
   CROSS JOIN LATERAL jsonb_array_elements_text(raw_data.json_array_or_empty(r.cols->(h.i::int - 1))) WITH ORDINALITY AS v(cell_text, pos)
   WHERE r.problem IS NULL AND h.market IS NOT NULL AND v.pos <= 2
$$;
COMMENT ON FUNCTION raw_data.vsin_lines(raw_data.payload) IS 'Prices of a VSIN page rendering (raw_data.vsin_rows, both layouts): the Moneyline, Run Line and Total columns, each holding both teams'' values in page order (sides first/second, the team named); the book is the view in the request key. The Total column states the number without prices: observation_kind line_only, which staging does not read as a price. Rows whose teams cannot be read state no prices (their game carries the reason).';

COMMIT;
