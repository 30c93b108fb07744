-- Revert mlb:sources/action_network/payload_tables
BEGIN;
-- Raw payloads are kept forever: dropping tables that hold rows needs an explicit
-- yes (PGOPTIONS='-c mlb.revert_drops_raw_data=yes'), after a backup (docs/operations.md).
SELECT raw_data.refuse_dropping_raw_rows(ARRAY['action_network_books', 'action_network_games', 'action_network_odds']);
SET LOCAL ROLE mlb_owner;
DROP TABLE raw_data.action_network_books;
DROP TABLE raw_data.action_network_games;
DROP TABLE raw_data.action_network_odds;
DELETE FROM raw_data.payload_tables WHERE source = 'action_network';
COMMIT;
