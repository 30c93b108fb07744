-- pgTAP: sources/vsin/team_aliases: the clubs' names as it writes them, with their dates.
BEGIN;
SELECT plan(4);
SELECT is(staging.team_for_alias('vsin', 'New York Mets', '2025-06-14'), 'NYM', 'the Mets are the Mets, never the Yankees');
SELECT is(staging.team_for_alias('vsin', 'Cleveland Indians', '2019-06-14'), 'CLE', 'a former name on a date it was used');
SELECT is(staging.team_for_alias('vsin', 'Cleveland Indians', '2023-06-14'), NULL, '... and not after the rename');
SELECT is(staging.team_for_alias('vsin', 'Oakland Athletics', '2025-06-14'), 'ATH', 'it may keep the Oakland name after the move');
SELECT * FROM finish();
ROLLBACK;
