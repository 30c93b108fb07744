-- pgTAP: raw_data.iso_time reads the sources' time formats and turns everything else into NULL, never an error.
BEGIN;
SELECT plan(13);
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
SELECT * FROM finish();
ROLLBACK;
