-- pgTAP: raw_data.request_season, the season a raw row is filed under (its partition).
BEGIN;
SELECT plan(13);

-- A key led by a date: its year, whenever it was fetched (a backfill of 2019 fetched in 2026 is 2019).
SELECT is(raw_data.request_season('action_network_games', '2019-09-30', '2026-11-27 12:00Z'), 2019, 'a date key: the year of the date');
SELECT is(raw_data.request_season('mlb_stats_api', '2024-12-31..2025-01-02', '2026-01-05 12:00Z'), 2024, 'a date range: the year of its first date');
SELECT is(raw_data.request_season('vsin_data', '2025-06-14:dk', '2026-01-05 12:00Z'), 2025, 'date:view: the year of the date');
SELECT is(raw_data.request_season('sbd_betting_splits', '2025-02-30', '2026-03-01 04:59Z'), 2026, 'a date that does not exist says nothing: the New York year of the fetch');
-- An SBRO file: its season reader.
SELECT is(raw_data.request_season('sbro_odds', 'mlb odds 2014.xlsx', '2026-11-27 12:00Z'), 2014, 'an SBRO file name: the season its reader reads');
SELECT is(raw_data.request_season('sbro_odds', '2015:mlb odds.xlsx', '2026-11-27 12:00Z'), 2015, 'an SBRO key with --season: that season');
-- A game id, the catalogue: the New York year of the fetch, with its real time zone.
SELECT is(raw_data.request_season('action_network_odds', '228567', '2025-01-01 04:59:59Z'), 2024, 'a game id fetched at 23:59:59 New York time on 31 December: the old year');
SELECT is(raw_data.request_season('action_network_odds', '228567', '2025-01-01 05:00:00Z'), 2025, '... and at midnight New York time (EST, UTC-5): the new one');
SELECT is(raw_data.request_season('action_network_books', 'books', '2025-07-01 03:59:59Z'), 2025, 'the catalogue in summer (EDT): its New York year');
-- A table whose source has no season reader does not read years out of its keys.
SELECT is(raw_data.request_season('action_network_odds', '2014', '2025-07-01 12:00Z'), 2025, 'a game id that looks like a year is still a game id');
-- No key can make a row unstorable: a year no season can have is not taken from it.
SELECT is(raw_data.request_season('sbd_betting_splits', '1850-05-01', '2025-07-01 12:00Z'), 2025, 'a date before 1876: the year of the fetch');
SELECT is(raw_data.request_season('sbd_betting_splits', '2027-03-30', '2026-11-27 12:00Z'), 2027, 'next year''s date (an early schedule): its year');
SELECT is(raw_data.request_season('sbro_odds', 'mlb odds 2999.xlsx', '2026-11-27 12:00Z'), 2026, 'a year years ahead of the fetch: the year of the fetch');

SELECT * FROM finish();
ROLLBACK;
