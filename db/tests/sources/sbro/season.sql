-- pgTAP: raw_data.sbro_season: a request key in, the season it is for out.
BEGIN;
SELECT plan(5);
SELECT is(raw_data.sbro_season('mlb-odds-2014.xlsx'), '2014', 'the one year in the file name');
SELECT is(raw_data.sbro_season('2015:mlb odds.xlsx'), '2015', 'a leading year (import-sbro --season) wins');
SELECT is(raw_data.sbro_season('20240105 mlb odds 2015.xlsx'), '2015', 'a year inside a longer number is not a year');
SELECT is(raw_data.sbro_season('odds 2014 2015.xlsx'), NULL, 'two years: none is guessed');
SELECT is(raw_data.sbro_season('odds.xlsx'), NULL, 'no year: none');
SELECT * FROM finish();
ROLLBACK;
