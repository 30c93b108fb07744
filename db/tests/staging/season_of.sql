-- staging.season_of: a game's season is the year of its New York date.
BEGIN;
SELECT plan(3);
SELECT is(staging.season_of('2024-03-20'), 2024::smallint, 'an opening series abroad in March is that year''s');
SELECT is(staging.season_of('2024-10-30'), 2024::smallint, 'a World Series game at the end of October is that year''s');
SELECT is(staging.season_of('2025-01-01'), 2025::smallint, 'the new year is the next season');
SELECT * FROM finish();
ROLLBACK;
