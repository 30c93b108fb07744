-- Deploy mlb:sources/sbro/lines
BEGIN;
SET LOCAL ROLE mlb_owner;

-- One line per row and column group, located by header name (a blank header
-- is the price of the column before it); rows stay unpaired.
CREATE OR REPLACE FUNCTION raw_data.sbro_lines(p raw_data.payload) RETURNS SETOF raw_data.stated_line
LANGUAGE sql STABLE PARALLEL SAFE
AS $$
  SELECT 'sbro'::text, p.raw_table, x.raw_id, x.fetched_at,
         x.request_key || ':' || x.sheet_name || ':row' || x.row_number, x.date_text, NULL::text, NULL::text,
         'sbro'::text, c.source_market, c.market, x.vh, x.team,
         c.line_text, c.price_text, NULL::timestamptz, c.timing,
         -- The V row holds the visitor's prices and, for totals, the over; the H row the home team's and the under.
         CASE WHEN c.market = 'total' THEN CASE x.vh WHEN 'V' THEN 'over' WHEN 'H' THEN 'under' END
              ELSE CASE x.vh WHEN 'V' THEN 'away' WHEN 'H' THEN 'home' END END,
         false
    FROM (
      SELECT p.raw_id, p.fetched_at, p.request_key, sh.sheet->>'name' AS sheet_name, rw.row_number,
             rw.cells, hdr.names,
             rw.cells->>(array_position(hdr.names, 'Date') - 1) AS date_text,
             rw.cells->>(array_position(hdr.names, 'VH') - 1) AS vh,
             rw.cells->>(array_position(hdr.names, 'Team') - 1) AS team
        FROM jsonb_array_elements(raw_data.json_array_or_empty(p.payload->'sheets')) AS sh(sheet)
       CROSS JOIN LATERAL (
         SELECT array_agg(coalesce(h.name, prev.name || ' price') ORDER BY h.i) AS names
           FROM jsonb_array_elements_text(raw_data.json_array_or_empty(sh.sheet->'rows'->0)) WITH ORDINALITY AS h(name, i)
           LEFT JOIN LATERAL (SELECT sh.sheet->'rows'->0->>(h.i::int - 2) AS name) prev ON true
       ) hdr
       CROSS JOIN LATERAL jsonb_array_elements(raw_data.json_array_or_empty(sh.sheet->'rows')) WITH ORDINALITY AS rw(cells, row_number)
       WHERE rw.row_number > 1 AND hdr.names @> ARRAY['VH', 'Team']
    ) x
    CROSS JOIN LATERAL (
      VALUES
        ('Open', 'moneyline', x.cells->>(array_position(x.names, 'Open') - 1), NULL::text, 'open'),
        ('Close', 'moneyline', x.cells->>(array_position(x.names, 'Close') - 1), NULL, 'close'),
        ('RL', 'spread', x.cells->>(array_position(x.names, 'RL') - 1), NULL, 'close'),
        ('Run Line', 'spread', x.cells->>(array_position(x.names, 'Run Line price') - 1),
                               x.cells->>(array_position(x.names, 'Run Line') - 1), 'close'),
        ('Open OU', 'total', x.cells->>(array_position(x.names, 'Open OU price') - 1),
                             x.cells->>(array_position(x.names, 'Open OU') - 1), 'open'),
        ('Close OU', 'total', x.cells->>(array_position(x.names, 'Close OU price') - 1),
                              x.cells->>(array_position(x.names, 'Close OU') - 1), 'close')
    ) AS v(source_market, market, price_cell, line_cell, timing)
    -- 2014 states the run line as one cell like -1.5(-104).
    CROSS JOIN LATERAL (
      SELECT v.source_market, v.market, v.timing,
             CASE WHEN v.source_market = 'RL' THEN substring(v.price_cell FROM '^\s*([^()]*?)\s*\(') ELSE v.line_cell END AS line_text,
             CASE WHEN v.source_market = 'RL' THEN substring(v.price_cell FROM '\(([^()]*)\)') ELSE v.price_cell END AS price_text
    ) c
   WHERE array_position(x.names, v.source_market) IS NOT NULL
$$;
COMMENT ON FUNCTION raw_data.sbro_lines(raw_data.payload) IS 'Prices of an SBRO season sheet, one per row and column group found by header: Open/Close moneylines, the run line (2014: one RL cell like -1.5(-104); later: Run Line and its price), Open OU/Close OU with their prices; untimed, open or close. V rows are the visitor (and the over), H rows the home team (and the under).';

COMMIT;
