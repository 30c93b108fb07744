-- Revert mlb:raw_data/sources_one_id_per_game
BEGIN;
SET LOCAL ROLE mlb_owner;
ALTER TABLE raw_data.sources DROP COLUMN one_id_per_game;
COMMIT;
