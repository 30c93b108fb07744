-- pgTAP: sources/action_network/team_aliases: the clubs' names as it writes them, with their dates.
BEGIN;
SELECT plan(4);
SELECT is(staging.team_for_alias('action_network', 'New York Mets', '2025-06-14'), 'NYM', 'the Mets are the Mets, never the Yankees');
SELECT is(staging.team_for_alias('action_network', 'Cleveland Indians', '2019-06-14'), 'CLE', 'a former name on a date it was used');
SELECT is(staging.team_for_alias('action_network', 'Cleveland Indians', '2023-06-14'), NULL, '... and not after the rename');
SELECT is(staging.team_for_alias('action_network', 'CWS', '2025-06-14'), 'CWS', 'its abbreviations are aliases too');
SELECT * FROM finish();
ROLLBACK;
