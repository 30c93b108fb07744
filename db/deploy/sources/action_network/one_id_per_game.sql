-- Deploy mlb:sources/action_network/one_id_per_game
-- It names each game by one id of its own (raw_data.sources.one_id_per_game).
BEGIN;
SET LOCAL ROLE mlb_owner;

UPDATE raw_data.sources SET one_id_per_game = true WHERE source = 'action_network';

COMMIT;
