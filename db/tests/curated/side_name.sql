-- pgTAP: curated.side_name names a side by its club, or Over/Under.
BEGIN;
SELECT plan(5);

SELECT is(curated.side_name('home', 'PHI', 'NYM'), 'PHI', 'home is the home club');
SELECT is(curated.side_name('away', 'PHI', 'NYM'), 'NYM', 'away is the away club, never the home one');
SELECT is(curated.side_name('over', 'PHI', 'NYM'), 'Over', 'over is Over');
SELECT is(curated.side_name('under', 'PHI', 'NYM'), 'Under', 'under is Under');
SELECT is(curated.side_name('draw', 'PHI', 'NYM'), NULL, 'an unknown side has no name');

SELECT * FROM finish();
ROLLBACK;
