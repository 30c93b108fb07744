-- pgTAP: staging/team_for_alias (team code of an alias on a date): values in, values out. Owner, rights and comment: db/tests/setup/.
BEGIN;
SELECT plan(6);

SELECT is(staging.team_for_alias('mlb_stats_api', 'New York Mets', '2025-06-14'), 'NYM', 'the Mets');
SELECT is(staging.team_for_alias('mlb_stats_api', 'new  york   METS', '2025-06-14'), 'NYM', 'written any case and spacing');
SELECT is(staging.team_for_alias('mlb_stats_api', 'New York', '2025-06-14'), NULL, 'never by substring: New York is no club');
SELECT is(staging.team_for_alias('mlb_stats_api', 'Mets', '2025-06-14'), NULL, '... nor is a nickname not listed');
SELECT is(staging.team_for_alias('mlb_stats_api', 'Florida Marlins', '2010-06-14'), 'MIA', 'a former name on a date it was used');
INSERT INTO staging.team_aliases (source, alias, team_code, valid_from) VALUES ('mlb_stats_api', 'New York', 'NYM', '1900-01-01'),
  ('mlb_stats_api', 'NEW YORK ', 'NYY', '2000-01-01');
SELECT is(staging.team_for_alias('mlb_stats_api', 'New York', '2025-06-14'), NULL, 'an alias naming two clubs is no answer');

SELECT * FROM finish();
ROLLBACK;
