-- pgTAP: curated.date_partition, the curated partition of a New York date.
BEGIN;
SELECT plan(4);
SELECT is(curated.date_partition('2000-01-01'), 0::smallint, 'the first day of 2000 is partition 0');
SELECT is(ARRAY(SELECT curated.date_partition(d::date) FROM generate_series(DATE '2024-06-01', DATE '2024-06-08', '1 day') d),
          ARRAY(SELECT ((curated.date_partition('2024-06-01') + k) % 8)::smallint FROM generate_series(0, 7) k),
          'eight consecutive dates fall in the eight partitions in turn');
SELECT is(curated.date_partition('1999-12-31'), 7::smallint, 'a date before 2000 is in 0 to 7 too (no negative partition)');
SELECT is((SELECT count(DISTINCT curated.date_partition(d::date))::int
             FROM generate_series(DATE '2014-03-22', DATE '2014-10-29', '1 day') d), 8, 'a season uses every partition');
SELECT * FROM finish();
ROLLBACK;
