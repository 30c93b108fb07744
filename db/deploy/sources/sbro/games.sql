-- Deploy mlb:sources/sbro/games
BEGIN;
SET LOCAL ROLE mlb_owner;

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

COMMIT;
