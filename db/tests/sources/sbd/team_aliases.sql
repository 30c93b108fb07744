-- pgTAP: sources/sbd/team_aliases: SportsBettingDime's club codes.
BEGIN;
SELECT plan(3);
SELECT is(staging.team_for_alias('sbd', 'CHW', '2025-06-14'), 'CWS', 'CHW is the White Sox');
SELECT is(staging.team_for_alias('sbd', 'OAK', '2025-06-14'), 'ATH', 'SBD keeps the Oakland code for the Athletics');
SELECT is(staging.team_for_alias('sbd', 'New York Mets', '2025-06-14'), NULL, 'SBD names clubs by code only: a name is not its alias');
SELECT * FROM finish();
ROLLBACK;
