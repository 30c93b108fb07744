-- Deploy mlb:sources/vsin/team_aliases
-- How it names the clubs (staging.team_aliases), with the dates each alias holds.
BEGIN;
SET LOCAL ROLE mlb_owner;

-- The clubs' current and former names (staging.team_name_aliases).
INSERT INTO staging.team_aliases (source, alias, team_code, valid_from, valid_to, note)
SELECT 'vsin', a.alias, a.team_code, a.valid_from, a.valid_to, a.note FROM staging.team_name_aliases() a;

-- It may keep a club's old name after a rename: the quirk is explicit here.
INSERT INTO staging.team_aliases (source, alias, team_code, valid_from, note) VALUES
  ('vsin', 'Oakland Athletics', 'ATH', '2025-01-01', 'VSIN may keep the Oakland name after the move');

COMMIT;
