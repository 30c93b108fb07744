-- Deploy mlb:sources/sbro
-- SportsbookReviewsOnline: catalogue row, payload table, parsers.
BEGIN;
SET LOCAL ROLE mlb_owner;

CREATE OR REPLACE FUNCTION raw_data.sbro_season(p_request_key text) RETURNS text
LANGUAGE sql IMMUTABLE PARALLEL SAFE
AS $$
  SELECT CASE WHEN p_request_key ~ '^\d{4}:' THEN left(p_request_key, 4)
              ELSE (SELECT min(m[1]) FROM regexp_matches(p_request_key, '(?<![0-9])((?:18|19|20)[0-9]{2})(?![0-9])', 'g') m
                     HAVING count(*) = 1) END
$$;
COMMENT ON FUNCTION raw_data.sbro_season(text) IS 'The season an SBRO import is for: the request key''s leading four-digit year ("2015:mlb odds.xlsx", from import-sbro --season), else the one standalone year (18xx-20xx, no digit either side) in the file name; NULL when there is none or more than one.';

-- SportsbookReviewsOnline: historical season spreadsheets imported by hand,
-- every sheet's cells verbatim. Two rows per game (V then H; N for neutral
-- site), columns located by header name (the layout differs by season).
INSERT INTO raw_data.sources (source, display_name, description, stale_after, failing_after_consecutive_failures)
VALUES ('sbro', 'SportsbookReviewsOnline', 'Historical season spreadsheets (xlsx) imported by hand with mlb-agent import-sbro.', NULL, 3);
-- A V row followed by an H row of the same date is one game (the file's
-- layout; rotation numbers are not trusted, one 2018 row has a wrong one).
CREATE OR REPLACE FUNCTION raw_data.sbro_games(p raw_data.payload) RETURNS SETOF raw_data.stated_game
LANGUAGE sql STABLE PARALLEL SAFE
AS $$
  SELECT 'sbro'::text, v.raw_table, v.raw_id, v.fetched_at, v.row_id, NULL::text,
         raw_data.sbro_season(v.request_key) || '-' || lpad((v.date_num / 100)::text, 2, '0') || '-' || lpad((v.date_num % 100)::text, 2, '0'),
         v.next_team, v.team, NULL::text, NULL::text, NULL::text,
         CASE WHEN 'N' IN (v.vh, v.next_vh) THEN 'neutral' WHEN 'NL' IN (upper(btrim(v.final)), upper(btrim(v.next_final))) THEN 'NL'
              ELSE 'final' END,
         v.next_final, v.final, NULL::text, v.next_row_id,
         'alias'::text, true, true, true,
         -- NL in the Final column: not played (postponed, so bets on it are void).
         CASE WHEN 'NL' IN (upper(btrim(v.final)), upper(btrim(v.next_final))) THEN 'postponed' ELSE 'final' END,
         CASE WHEN v.next_team IS NULL OR v.next_row_id IS NULL THEN 'unpaired_row'
              -- Neutral-site pairs (N/N) do not say which side is home.
              WHEN 'N' IN (v.vh, v.next_vh) THEN 'neutral_site_home_unknown' END
    FROM (
      SELECT r.*, lead(r.row_id) OVER w AS next_row_id, lead(r.vh) OVER w AS next_vh, lead(r.team) OVER w AS next_team,
             lead(r.final) OVER w AS next_final, lead(r.date_num) OVER w AS next_date_num
        FROM (
          SELECT p.raw_table, p.raw_id, p.fetched_at, p.request_key, sh.sheet->>'name' AS sheet, rw.n,
                 p.request_key || ':' || (sh.sheet->>'name') || ':row' || rw.n AS row_id,
                 rw.cells->>(array_position(hdr.names, 'VH') - 1) AS vh,
                 rw.cells->>(array_position(hdr.names, 'Team') - 1) AS team,
                 rw.cells->>(array_position(hdr.names, 'Final') - 1) AS final,
                 CASE WHEN rw.cells->>(array_position(hdr.names, 'Date') - 1) ~ '^\d{3,4}$'
                      THEN (rw.cells->>(array_position(hdr.names, 'Date') - 1))::int END AS date_num
            FROM jsonb_array_elements(raw_data.json_array_or_empty(p.payload->'sheets')) sh(sheet)
           -- OFFSET 0 keeps the header read once per sheet, not once per row.
           CROSS JOIN LATERAL (SELECT ARRAY(SELECT jsonb_array_elements_text(raw_data.json_array_or_empty(sh.sheet->'rows'->0))) AS names
                               OFFSET 0) hdr
           CROSS JOIN LATERAL jsonb_array_elements(raw_data.json_array_or_empty(sh.sheet->'rows')) WITH ORDINALITY AS rw(cells, n)
           WHERE rw.n > 1 AND hdr.names @> ARRAY['VH', 'Team', 'Date']
          OFFSET 0  -- project the cells here, so the sort below never carries whole sheets
        ) r
      WINDOW w AS (PARTITION BY r.raw_table, r.raw_id, r.sheet ORDER BY r.n)
    ) v
   WHERE v.vh IN ('V', 'N') AND v.next_vh IN ('H', 'N') AND v.next_date_num = v.date_num
$$;
COMMENT ON FUNCTION raw_data.sbro_games(raw_data.payload) IS 'Games of an SBRO season sheet: a V row and the H row after it with the same MMDD date are one game (date = season (raw_data.sbro_season of the request key) + MMDD), final scores from the Final column, NL there meaning not played (postponed); N/N pairs are neutral-site games whose home team the file does not state (neutral_site_home_unknown).';
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
INSERT INTO raw_data.payload_tables (raw_table, source, endpoints, description, rows_key, rows_type, needs_rows, expected,
                                     promotion_order, games_parser, lines_parser, splits_parser, books_parser, season_reader) VALUES
  ('sbro_odds', 'sbro', '{season_file}',
   'SportsbookReviewsOnline season spreadsheets: every sheet''s cells verbatim, header row included, one row per file.',
   'sheets', 'array', false, 'an object with a sheets array', 3,
   'raw_data.sbro_games(raw_data.payload)', 'raw_data.sbro_lines(raw_data.payload)', NULL, NULL, 'raw_data.sbro_season');
DO $$ BEGIN PERFORM raw_data.create_payload_table('sbro_odds'); END $$;

COMMIT;
