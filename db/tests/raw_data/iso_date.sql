-- pgTAP: raw_data.iso_date reads real dates and turns everything else into NULL, never an error.
BEGIN;
SELECT plan(9);
SELECT is(raw_data.iso_date('2025-06-14'), date '2025-06-14', 'a date');
SELECT is(raw_data.iso_date('2024-02-29'), date '2024-02-29', 'a leap day');
SELECT is(raw_data.iso_date('2025-02-29'), NULL, 'no leap day in 2025');
SELECT is(raw_data.iso_date('2025-02-30'), NULL, 'no 30 February');
SELECT is(raw_data.iso_date('2025-04-31'), NULL, 'no 31 April');
SELECT is(raw_data.iso_date('2025-13-01'), NULL, 'no month 13');
SELECT is(raw_data.iso_date('0000-01-01'), NULL, 'no year 0');
SELECT is(raw_data.iso_date('mlb-'), NULL, 'not a date');
SELECT is(raw_data.iso_date(NULL), NULL, 'NULL');
SELECT * FROM finish();
ROLLBACK;
