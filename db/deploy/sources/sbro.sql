-- Deploy mlb:sources/sbro (reworked after v0.2.3)
-- Issue 14: the raw tables are partitioned by season. An SBRO import's
-- request key is its file name (or YEAR:file name with --season), which says
-- the season only as this source's files do: raw_data.sbro_season reads it,
-- so its rows are filed under the season of the spreadsheet, not the year it
-- was imported in.
BEGIN;
SET LOCAL ROLE mlb_owner;

UPDATE raw_data.payload_tables SET season_reader = 'raw_data.sbro_season'::regproc WHERE raw_table = 'sbro_odds';

COMMIT;
