-- Deploy mlb:sources/vsin/rows
BEGIN;
SET LOCAL ROLE mlb_owner;

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

COMMIT;
