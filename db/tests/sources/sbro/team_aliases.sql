-- pgTAP: sources/sbro/team_aliases: SportsbookReviewsOnline's club codes as printed in its season files.
BEGIN;
SELECT plan(4);
SELECT is(staging.team_for_alias('sbro', 'CUB', '2018-06-14'), 'CHC', 'CUB is the Cubs');
SELECT is(staging.team_for_alias('sbro', 'LOS', '2014-06-14'), 'LAD', 'LOS is the Dodgers (2014 files)');
SELECT is(staging.team_for_alias('sbro', 'FLA', '2011-06-14'), 'MIA', 'FLA is the Marlins before 2012');
SELECT is(staging.team_for_alias('sbro', 'FLA', '2014-06-14'), NULL, '... and nobody after');
SELECT * FROM finish();
ROLLBACK;
