-- Revert mlb:sources/action_network/one_id_per_game
BEGIN;
SET LOCAL ROLE mlb_owner;
UPDATE raw_data.sources SET one_id_per_game = false WHERE source = 'action_network';
COMMIT;
