-- pgTAP: sources/mlb_stats_api/team_aliases: the clubs' names as it writes them, with their dates.
BEGIN;
SELECT plan(4);
SELECT is(staging.team_for_alias('mlb_stats_api', 'New York Mets', '2025-06-14'), 'NYM', 'the Mets are the Mets, never the Yankees');
SELECT is(staging.team_for_alias('mlb_stats_api', 'Cleveland Indians', '2019-06-14'), 'CLE', 'a former name on a date it was used');
SELECT is(staging.team_for_alias('mlb_stats_api', 'Cleveland Indians', '2023-06-14'), NULL, '... and not after the rename');
SELECT is(staging.team_for_alias('mlb_stats_api', 'Oakland Athletics', '2025-06-14'), NULL, 'the Oakland name is not the Athletics in 2025');
SELECT * FROM finish();
ROLLBACK;
