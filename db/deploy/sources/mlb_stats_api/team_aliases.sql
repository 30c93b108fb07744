-- Deploy mlb:sources/mlb_stats_api/team_aliases
-- How it names the clubs (staging.team_aliases), with the dates each alias holds.
BEGIN;
SET LOCAL ROLE mlb_owner;

-- The clubs' current and former names (staging.team_name_aliases).
INSERT INTO staging.team_aliases (source, alias, team_code, valid_from, valid_to, note)
SELECT 'mlb_stats_api', a.alias, a.team_code, a.valid_from, a.valid_to, a.note FROM staging.team_name_aliases() a;

COMMIT;
