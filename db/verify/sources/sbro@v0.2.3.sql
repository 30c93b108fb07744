-- Verify mlb:sources/sbro (reworked after v0.2.1): the season from the key or the one standalone year; NL is postponed.
BEGIN;
SELECT 1/(raw_data.sbro_season('20240105 mlb odds 2015.xlsx') = '2015')::int;
SELECT 1/count(*) FROM pg_proc WHERE oid = 'raw_data.sbro_games(raw_data.payload)'::regprocedure AND prosrc LIKE '%postponed%';
ROLLBACK;
