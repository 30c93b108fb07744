-- Deploy mlb:staging/team_name_aliases
-- The clubs' names as sources that name teams write them: each club's current name
-- from the date it took effect, and its former names bounded by the dates they were
-- used. A source that names clubs adds these rows for itself (sources/<name>/team_aliases),
-- so the list of names and renames exists once.
BEGIN;
SET LOCAL ROLE mlb_owner;

CREATE OR REPLACE FUNCTION staging.team_name_aliases()
RETURNS TABLE (alias text, team_code text, valid_from date, valid_to date, note text)
LANGUAGE sql STABLE PARALLEL SAFE
AS $$
  SELECT t.name, t.team_code,
         CASE t.team_code WHEN 'ATH' THEN date '2025-01-01' WHEN 'CLE' THEN date '2021-11-19'
                          WHEN 'MIA' THEN date '2012-01-01' WHEN 'TB' THEN date '2008-01-01'
                          WHEN 'LAA' THEN date '2016-01-01' ELSE date '1900-01-01' END,
         date '9999-12-31', NULL::text
    FROM staging.teams t
  UNION ALL
  SELECT f.alias, f.team_code, f.valid_from, f.valid_to, f.note
    FROM (VALUES
      ('Cleveland Indians', 'CLE', date '1915-01-01', date '2021-11-18', 'renamed Guardians on 2021-11-19'),
      ('Oakland Athletics', 'ATH', date '1968-01-01', date '2024-12-31', 'left Oakland after 2024; named Athletics from 2025'),
      ('Florida Marlins', 'MIA', date '1993-01-01', date '2011-12-31', 'renamed Miami Marlins for 2012'),
      ('Tampa Bay Devil Rays', 'TB', date '1998-01-01', date '2007-12-31', 'renamed Rays for 2008'),
      ('Anaheim Angels', 'LAA', date '1997-01-01', date '2004-12-31', 'renamed for 2005'),
      ('Los Angeles Angels of Anaheim', 'LAA', date '2005-01-01', date '2015-12-31', 'shortened to Los Angeles Angels for 2016'),
      ('Montreal Expos', 'WSH', date '1969-01-01', date '2004-12-31', 'moved to Washington for 2005')
    ) AS f(alias, team_code, valid_from, valid_to, note)
$$;
COMMENT ON FUNCTION staging.team_name_aliases() IS 'Every name a club has gone by with the dates it was used: the current name (staging.teams) from the date it took effect, former names bounded by their first and last dates, with a note on each rename. Sources that name clubs (MLB Stats API, Action Network, VSIN, The Odds API) add these as their staging.team_aliases.';

COMMIT;
