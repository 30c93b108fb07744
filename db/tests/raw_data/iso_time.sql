-- pgTAP: raw_data.iso_time reads the sources' time formats and turns everything else into NULL, never an error.
BEGIN;
SELECT plan(17);
SET LOCAL TIME ZONE 'UTC';
SELECT is(raw_data.iso_time('2025-06-14T17:05:00Z'), timestamptz '2025-06-14 17:05:00+00', 'MLB and Odds API form');
SELECT is(raw_data.iso_time('2025-06-14T16:00:00.000Z'), timestamptz '2025-06-14 16:00:00+00', 'Action Network and SBD form, with milliseconds');
SELECT is(raw_data.iso_time('2025-06-14T13:05:00-04:00'), timestamptz '2025-06-14 17:05:00+00', 'with an offset');
SELECT is(raw_data.iso_time('2025-06-14T17:05Z'), timestamptz '2025-06-14 17:05:00+00', 'without seconds');
SELECT is(raw_data.iso_time('2025-06-14 17:05:00'), timestamptz '2025-06-14 17:05:00+00', 'a space and no offset: the session time zone');
SELECT is(raw_data.iso_time('2025-02-30T01:00:00Z'), NULL, 'no 30 February');
SELECT is(raw_data.iso_time('2025-06-14Tnoon'), NULL, 'noon is not a time');
SELECT is(raw_data.iso_time('2025-06-14T25:00:00Z'), NULL, 'no hour 25');
SELECT is(raw_data.iso_time('2025-06-14T12:00:00+99:00'), NULL, 'no offset of 99 hours');
SELECT is(raw_data.iso_time('soon'), NULL, 'not a time');
SELECT is(raw_data.iso_time('2025-06-14T12:00:00+19:00'), NULL, 'no offset beyond the 15 hours PostgreSQL accepts');
SELECT is(raw_data.iso_time('2024-02-29T12:00:00Z'), timestamptz '2024-02-29 12:00:00+00', 'a leap day');
SELECT is(raw_data.iso_time(NULL), NULL, 'NULL');
-- The fixed form's fast check (reworked after v0.2.3) gives what the patterns alone gave.
SELECT is(raw_data.iso_time('2025-06-14T1a:05:00.000Z'), NULL, 'the fixed form with a letter for a digit');
SELECT is(raw_data.iso_time('2025-06-14T16:00:00,000Z'), NULL, 'the fixed form with a comma');
SELECT is(raw_data.iso_time('2025-06-14T16:00:60.000Z'), NULL, 'the fixed form with second 60');
-- The v0.2.3 body as a reference, over the fixed form and every one-character change of it.
CREATE FUNCTION pg_temp.iso_time_before(value text) RETURNS timestamptz LANGUAGE sql STABLE
RETURN CASE WHEN value ~ '^\d{4}-\d\d-\d\dT\d\d:\d\d:\d\d(\.\d\d\d)?Z$'
              OR value ~ '^\d{4}-\d\d-\d\d[T ]\d\d:\d\d(:\d\d(\.\d{1,9})?)?(Z|[+-](0\d|1[0-5])(:?[0-5]\d)?)?$' THEN
         CASE WHEN substr(value, 12, 2) COLLATE "C" < '24' AND substr(value, 15, 2) COLLATE "C" < '60'
               AND (substr(value, 17, 1) <> ':' OR substr(value, 18, 2) COLLATE "C" < '60')
               AND substr(value, 1, 4) COLLATE "C" > '0000'
               AND substr(value, 6, 2) COLLATE "C" BETWEEN '01' AND '12'
               AND substr(value, 9, 2) COLLATE "C" BETWEEN '01' AND '31'
               AND (substr(value, 9, 2) COLLATE "C" <= '28' OR raw_data.iso_date(left(value, 10)) IS NOT NULL)
              THEN value::timestamptz END END;
SELECT is((SELECT count(*)::int FROM (
             SELECT overlay(b.v PLACING c.ch FROM p.i FOR 1) AS v
               FROM (VALUES ('2024-02-29T23:59:59.999Z'), ('2025-06-14T16:00:00.000Z'), ('2025-12-31T00:00:00.000Z')) b(v),
                    generate_series(1, 24) p(i),
                    unnest(ARRAY['0', '1', '2', '3', '5', '6', '9', 'a', ':', '-', '.', 'T', 'Z', ' ', '+', '٣']) c(ch)) x
            WHERE raw_data.iso_time(x.v) IS DISTINCT FROM pg_temp.iso_time_before(x.v)), 0,
          'over 1,152 one-character changes of the fixed form, the same result as the v0.2.3 check');

SELECT * FROM finish();
ROLLBACK;
