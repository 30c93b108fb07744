-- Deploy mlb:sources/vsin
-- VSIN: catalogue row, payload table, parsers.
BEGIN;
SET LOCAL ROLE mlb_owner;

CREATE OR REPLACE FUNCTION raw_data.vsin_team_names(cell jsonb) RETURNS text[]
LANGUAGE sql IMMUTABLE PARALLEL SAFE
AS $$
  SELECT coalesce(array_agg(y.name ORDER BY y.i), '{}')
    FROM (SELECT x.i, btrim(regexp_replace(regexp_replace(x.t, '^\(\s*\d+\s*\)\s*', ''), '\s*\(\s*\d+\s*\)$', '')) AS name
            FROM jsonb_array_elements_text(raw_data.json_array_or_empty(cell->'texts')) WITH ORDINALITY AS x(t, i)) y
   WHERE y.name !~ '^\d*$' AND lower(y.name) NOT IN ('history', 'vsin pro picks', 'pro picks')
$$;
COMMENT ON FUNCTION raw_data.vsin_team_names(jsonb) IS 'Team names of a VSIN team cell (its text pieces in order) without the page''s extras: History, VSiN Pro Picks, rotation numbers alone or in parentheses before or after a name.';
CREATE OR REPLACE FUNCTION raw_data.vsin_rows(p raw_data.payload)
RETURNS TABLE (row_key text, date_text text, header text[], names text[], cols jsonb, problem text)
LANGUAGE sql STABLE PARALLEL SAFE
AS $$
  WITH tables AS (
    SELECT t.tbl, t.table_no,
           ARRAY(SELECT array_to_string(ARRAY(SELECT jsonb_array_elements_text(raw_data.json_array_or_empty(hc.cell->'texts'))), ' ')
                   FROM jsonb_array_elements(raw_data.json_array_or_empty(t.tbl->'rows'->0)) WITH ORDINALITY AS hc(cell, i)
                  ORDER BY hc.i) AS header,
           coalesce(substring(t.tbl->'rows'->0->0->'links'->>0 FROM 'gamedate=(\d{4}-\d{2}-\d{2})'),
                    split_part(p.request_key, ':', 1)) AS date_text
      FROM jsonb_array_elements(raw_data.json_array_or_empty(p.payload->'tables')) WITH ORDINALITY AS t(tbl, table_no)
  ), rows AS (
    SELECT t.*, rw.cells, rw.row_no, raw_data.json_object_or_empty(t.tbl->'row_attrs'->(rw.row_no::int - 1)) AS attrs,
           raw_data.vsin_team_names(rw.cells->0) AS names
      FROM tables t
     CROSS JOIN LATERAL jsonb_array_elements(raw_data.json_array_or_empty(t.tbl->'rows')) WITH ORDINALITY AS rw(cells, row_no)
     WHERE rw.row_no > 1
  )
  -- One row per game: the first cell names both teams, each cell lists both values.
  SELECT p.request_key || ':' || r.table_no || ':' || r.row_no, r.date_text, r.header,
         r.names,
         (SELECT jsonb_agg(raw_data.json_array_or_empty(c.cell->'texts') ORDER BY c.k)
            FROM jsonb_array_elements(raw_data.json_array_or_empty(r.cells)) WITH ORDINALITY AS c(cell, k)),
         CASE WHEN cardinality(r.names) <> 2 THEN 'unreadable_team_cell' END
    FROM rows r
   WHERE NOT r.attrs ? 'data-gamecode'
  UNION ALL
  -- One row per team, paired by data-gamecode in page order.
  SELECT p.request_key || ':' || g.table_no || ':' || g.gamecode, g.date_text, g.header,
         ARRAY(SELECT n FROM unnest(ARRAY[g.first_name, g.second_name]) AS n WHERE n IS NOT NULL),
         (SELECT jsonb_agg(jsonb_build_array(g.first_cells->k->'texts'->>0, g.second_cells->k->'texts'->>0) ORDER BY k)
            FROM generate_series(0, greatest(jsonb_array_length(g.first_cells), coalesce(jsonb_array_length(g.second_cells), 0)) - 1) k),
         CASE WHEN g.n <> 2 THEN 'unpaired_team_rows'
              WHEN g.names_per_row <> ARRAY[1, 1] THEN 'unreadable_team_cell' END
    FROM (SELECT r.table_no, r.date_text, r.header, r.attrs->>'data-gamecode' AS gamecode, count(*) AS n,
                 (array_agg(r.cells ORDER BY r.row_no))[1] AS first_cells, (array_agg(r.cells ORDER BY r.row_no))[2] AS second_cells,
                 (array_agg(r.names[1] ORDER BY r.row_no))[1] AS first_name, (array_agg(r.names[1] ORDER BY r.row_no))[2] AS second_name,
                 array_agg(cardinality(r.names) ORDER BY r.row_no) AS names_per_row
            FROM rows r WHERE r.attrs ? 'data-gamecode'
           GROUP BY r.table_no, r.date_text, r.header, r.attrs->>'data-gamecode') g
$$;
COMMENT ON FUNCTION raw_data.vsin_rows(raw_data.payload) IS 'Every game row of a VSIN page rendering in either layout: one row per game (first cell both teams, each cell both values), or sp-table rows per team paired by data-gamecode. Returns a key (request key:table:row or :gamecode), the date (header gamedate link, else the request key), the header texts, the team names in page order (raw_data.vsin_team_names), the values per column as [first, second], and a problem when the teams cannot be read (unreadable_team_cell, unpaired_team_rows).';
-- VSIN: betting split pages per book view, stored as HTML plus the agent's
-- lossless JSON rendering of their tables. A row lists two teams in page
-- order and no home/away; staging decides home/away from the schedule.
INSERT INTO raw_data.sources (source, display_name, description, stale_after, failing_after_consecutive_failures)
VALUES ('vsin', 'VSIN', 'Betting split pages (HTML) per book view; data.vsin.com. Stored verbatim plus a lossless JSON rendering of its tables.',
        interval '2 hours', 3);
-- Games: every row, with the reason when its teams cannot be read.
CREATE OR REPLACE FUNCTION raw_data.vsin_games(p raw_data.payload) RETURNS SETOF raw_data.stated_game
LANGUAGE sql STABLE PARALLEL SAFE
AS $$
  SELECT 'vsin'::text, p.raw_table, p.raw_id, p.fetched_at, r.row_key, NULL::text, r.date_text,
         NULL::text, NULL::text, r.names[1], r.names[2], NULL::text, NULL::text,
         NULL::text, NULL::text, NULL::text, NULL::text,
         'alias'::text, false, true, false, 'scheduled'::text, r.problem
    FROM raw_data.vsin_rows(p) r
$$;
COMMENT ON FUNCTION raw_data.vsin_games(raw_data.payload) IS 'Games of a VSIN page rendering (raw_data.vsin_rows, both layouts): two team names in page order, no home/away, dated by the header''s gamedate link or the request key; a row whose teams cannot be read is stated with its reason (unreadable_team_cell, unpaired_team_rows) and quarantined.';
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
INSERT INTO raw_data.payload_tables (raw_table, source, endpoints, description, rows_key, rows_type, needs_rows, expected,
                                     promotion_order, games_parser, lines_parser, splits_parser, books_parser) VALUES
  ('vsin_data', 'vsin', '{betting_splits}',
   'VSIN MLB betting split pages per view: the HTML verbatim in body_text and a lossless JSON rendering of its tables in payload.',
   'tables', 'array', true, 'a page with at least one table', 5,
   'raw_data.vsin_games(raw_data.payload)', 'raw_data.vsin_lines(raw_data.payload)', 'raw_data.vsin_splits(raw_data.payload)', NULL);
DO $$ BEGIN PERFORM raw_data.create_payload_table('vsin_data'); END $$;
-- The team names of a team cell: its text pieces without the page's extras.
-- Both layouts as one: per game row, its date, the header, the two teams in
-- page order and, per column, the two values ([first, second]).

COMMIT;
