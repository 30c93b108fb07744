-- Deploy mlb:sources/vsin
-- VSIN: catalogue row, payload table, parsers.
BEGIN;
SET LOCAL ROLE mlb_owner;

-- VSIN: betting split pages per book view, stored as HTML plus the agent's
-- lossless JSON rendering of their tables. A row lists two teams in page
-- order and no home/away; staging decides home/away from the schedule.
INSERT INTO raw_data.sources (source, display_name, description, stale_after, failing_after_consecutive_failures)
VALUES ('vsin', 'VSIN', 'Betting split pages (HTML) per book view; data.vsin.com. Stored verbatim plus a lossless JSON rendering of its tables.',
        interval '2 hours', 3);

-- Rows with two teams in page order; the date from the page's gamedate link.
CREATE FUNCTION raw_data.vsin_games(p raw_data.payload) RETURNS SETOF raw_data.stated_game
LANGUAGE sql STABLE PARALLEL SAFE
AS $$
  SELECT 'vsin'::text, p.raw_table, p.raw_id, p.fetched_at, p.request_key || ':' || t.table_no || ':' || rw.row_no, NULL::text,
         coalesce(substring(t.tbl->'rows'->0->0->'links'->>0 FROM 'gamedate=(\d{4}-\d{2}-\d{2})'), split_part(p.request_key, ':', 1)),
         NULL::text, NULL::text, rw.cells->0->'texts'->>0, rw.cells->0->'texts'->>1, NULL::text, NULL::text,
         NULL::text, NULL::text, NULL::text, NULL::text,
         'alias'::text, false, true, false, 'scheduled'::text, NULL::text
    FROM jsonb_array_elements(raw_data.json_array_or_empty(p.payload->'tables')) WITH ORDINALITY AS t(tbl, table_no)
   CROSS JOIN LATERAL jsonb_array_elements(raw_data.json_array_or_empty(t.tbl->'rows')) WITH ORDINALITY AS rw(cells, row_no)
   WHERE rw.row_no > 1 AND jsonb_array_length(raw_data.json_array_or_empty(rw.cells->0->'texts')) = 2
$$;
COMMENT ON FUNCTION raw_data.vsin_games(raw_data.payload) IS 'Games of a VSIN page rendering: each table row after the header whose first cell holds two team names (page order, no home/away), dated by the header''s gamedate link or the request key.';

-- Columns located by header text; each cell lists both teams' values in page order.
CREATE FUNCTION raw_data.vsin_lines(p raw_data.payload) RETURNS SETOF raw_data.stated_line
LANGUAGE sql STABLE PARALLEL SAFE
AS $$
  SELECT 'vsin'::text, p.raw_table, p.raw_id, p.fetched_at,
         p.request_key || ':' || t.table_no || ':' || rw.row_no, NULL::text, NULL::text, NULL::text,
         split_part(p.request_key, ':', 2), h.header, h.market,
         CASE c.pos WHEN 1 THEN 'first' ELSE 'second' END,
         rw.cells->0->'texts'->>(c.pos::int - 1),
         CASE h.market WHEN 'moneyline' THEN NULL WHEN 'total' THEN c.cell_text ELSE split_part(c.cell_text, ' ', 1) END,
         CASE h.market WHEN 'moneyline' THEN c.cell_text WHEN 'total' THEN NULL
                       ELSE nullif(split_part(c.cell_text, ' ', 2), '') END,
         -- The Total column states the number without prices: a line, not a price.
         p.fetched_at, CASE h.market WHEN 'total' THEN 'line_only' ELSE 'snapshot' END,
         NULL::text, h.market <> 'total'
    FROM jsonb_array_elements(raw_data.json_array_or_empty(p.payload->'tables')) WITH ORDINALITY AS t(tbl, table_no)
   CROSS JOIN LATERAL jsonb_array_elements(raw_data.json_array_or_empty(t.tbl->'rows')) WITH ORDINALITY AS rw(cells, row_no)
   CROSS JOIN LATERAL (
     SELECT hc.i, array_to_string(ARRAY(SELECT jsonb_array_elements_text(hc.cell->'texts')), ' ') AS header,
            CASE array_to_string(ARRAY(SELECT jsonb_array_elements_text(hc.cell->'texts')), ' ')
              WHEN 'Moneyline' THEN 'moneyline' WHEN 'Total' THEN 'total' WHEN 'Run Line' THEN 'spread' END AS market
       FROM jsonb_array_elements(raw_data.json_array_or_empty(t.tbl->'rows'->0)) WITH ORDINALITY AS hc(cell, i)
   ) h
   CROSS JOIN LATERAL jsonb_array_elements_text(raw_data.json_array_or_empty(rw.cells->(h.i::int - 1)->'texts'))
     WITH ORDINALITY AS c(cell_text, pos)
   WHERE rw.row_no > 1 AND h.market IS NOT NULL AND c.pos <= 2
     AND jsonb_array_length(raw_data.json_array_or_empty(rw.cells->0->'texts')) = 2
$$;
COMMENT ON FUNCTION raw_data.vsin_lines(raw_data.payload) IS 'Prices of a VSIN page rendering: the Moneyline, Run Line and Total columns, each cell listing both teams'' values in page order (sides first/second, the team named); the book is the view in the request key. The Total column states the number without prices: observation_kind line_only, which staging does not read as a price.';

-- Handle and Bets columns belong to the market column before them.
CREATE FUNCTION raw_data.vsin_splits(p raw_data.payload) RETURNS SETOF raw_data.stated_split
LANGUAGE sql STABLE PARALLEL SAFE
AS $$
  SELECT 'vsin'::text, p.raw_table, p.raw_id, p.request_key || ':' || t.table_no || ':' || rw.row_no,
         split_part(p.request_key, ':', 2), h.market,
         CASE WHEN h.market = 'total' THEN CASE pos.n WHEN 1 THEN 'over' ELSE 'under' END
              ELSE CASE pos.n WHEN 1 THEN 'first' ELSE 'second' END END,
         rw.cells->0->'texts'->>(pos.n::int - 1),
         CASE WHEN h.kind = 'Bets' THEN rw.cells->(h.i::int - 1)->'texts'->>(pos.n::int - 1) END,
         CASE WHEN h.kind = 'Handle' THEN rw.cells->(h.i::int - 1)->'texts'->>(pos.n::int - 1) END,
         NULL::text, p.fetched_at
    FROM jsonb_array_elements(raw_data.json_array_or_empty(p.payload->'tables')) WITH ORDINALITY t(tbl, table_no)
   CROSS JOIN LATERAL (
     SELECT hc.i, hc.kind, (array_agg(hc.mkt) FILTER (WHERE hc.mkt IS NOT NULL) OVER (ORDER BY hc.i))[
               count(hc.mkt) OVER (ORDER BY hc.i)] AS market
       FROM (SELECT c.i, array_to_string(ARRAY(SELECT jsonb_array_elements_text(c.cell->'texts')), ' ') AS kind,
                    CASE array_to_string(ARRAY(SELECT jsonb_array_elements_text(c.cell->'texts')), ' ')
                      WHEN 'Moneyline' THEN 'moneyline' WHEN 'Total' THEN 'total' WHEN 'Run Line' THEN 'spread' END AS mkt
               FROM jsonb_array_elements(raw_data.json_array_or_empty(t.tbl->'rows'->0)) WITH ORDINALITY c(cell, i)) hc
   ) h
   CROSS JOIN LATERAL jsonb_array_elements(raw_data.json_array_or_empty(t.tbl->'rows')) WITH ORDINALITY rw(cells, row_no)
   CROSS JOIN LATERAL (VALUES (1), (2)) pos(n)
   WHERE rw.row_no > 1 AND h.kind IN ('Handle', 'Bets') AND h.market IS NOT NULL
     AND jsonb_array_length(raw_data.json_array_or_empty(rw.cells->0->'texts')) = 2
$$;
COMMENT ON FUNCTION raw_data.vsin_splits(raw_data.payload) IS 'Splits of a VSIN page rendering: each Handle and Bets column belongs to the market column before it; cells list both teams'' (or over''s and under''s) shares in page order. Staging merges a side''s Handle and Bets into one split.';

INSERT INTO raw_data.payload_tables (raw_table, source, endpoints, description, rows_key, rows_type, needs_rows, expected,
                                     promotion_order, games_parser, lines_parser, splits_parser, books_parser) VALUES
  ('vsin_data', 'vsin', '{betting_splits}',
   'VSIN MLB betting split pages per view: the HTML verbatim in body_text and a lossless JSON rendering of its tables in payload.',
   'tables', 'array', true, 'a page with at least one table', 5,
   'raw_data.vsin_games(raw_data.payload)', 'raw_data.vsin_lines(raw_data.payload)', 'raw_data.vsin_splits(raw_data.payload)', NULL);

DO $$ BEGIN PERFORM raw_data.create_payload_table('vsin_data'); END $$;

COMMIT;
