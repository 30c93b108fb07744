-- Deploy mlb:raw_data/payload_tables (reworked after v0.2.3)
-- Issue 14: the raw tables are partitioned by season, and the season of a raw
-- row is read from its request key when the key says it. A date or a date
-- range says it for every source (raw_data.request_season); a key of another
-- form says it in a way only its source knows, so the list can name the
-- function that reads it (a source's file sets it: sources/sbro).
BEGIN;
SET LOCAL ROLE mlb_owner;

ALTER TABLE raw_data.payload_tables ADD COLUMN season_reader regproc;
COMMENT ON COLUMN raw_data.payload_tables.season_reader IS 'The function (request key text -> season) that reads the season from a request key of this table that is not led by a date, when its source has such keys: raw_data.sbro_season for the SBRO file names. NULL: such a key (a game id, "books") is filed under the New York year it was fetched in (raw_data.request_season).';

COMMIT;
