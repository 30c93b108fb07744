-- Deploy mlb:sources/vsin/team_names
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

COMMIT;
