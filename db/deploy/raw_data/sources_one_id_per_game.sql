-- Deploy mlb:raw_data/sources_one_id_per_game
-- Whether a source names each game by one id of its own (issue 29): then a second id of
-- the source for a game it already names is a conflict, not another name. Sources whose
-- ids are positions in a page or file (VSIN rows, SBRO rows) name a game anew in each.
BEGIN;
SET LOCAL ROLE mlb_owner;

ALTER TABLE raw_data.sources ADD COLUMN one_id_per_game boolean NOT NULL DEFAULT false;
COMMENT ON COLUMN raw_data.sources.one_id_per_game IS 'The source names each game by one id of its own (SBD, Action Network, The Odds API): a second id of it matched to a game it already names is refused as source_game_id_conflict. False: its ids are positions (a VSIN page row, an SBRO file row) and a game may have many.';

COMMIT;
