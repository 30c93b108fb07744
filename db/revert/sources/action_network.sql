-- Revert mlb:sources/action_network
BEGIN;
-- Raw payloads are kept forever: dropping tables that hold rows needs an explicit
-- yes (PGOPTIONS='-c mlb.revert_drops_raw_data=yes'), after a backup (docs/operations.md).
DO $$
BEGIN
  IF coalesce(current_setting('mlb.revert_drops_raw_data', true), '') <> 'yes' AND (EXISTS (SELECT 1 FROM raw_data.action_network_books) OR EXISTS (SELECT 1 FROM raw_data.action_network_games) OR EXISTS (SELECT 1 FROM raw_data.action_network_odds)) THEN
    RAISE EXCEPTION 'refusing to drop raw_data.action_network_books, raw_data.action_network_games, raw_data.action_network_odds: it holds raw payloads'
      USING HINT = 'Back up first (docs/operations.md); to drop them anyway: PGOPTIONS=''-c mlb.revert_drops_raw_data=yes'' sqitch revert ...';
  END IF;
END
$$;
SET LOCAL ROLE mlb_owner;
DROP TABLE raw_data.action_network_books;
DROP TABLE raw_data.action_network_games;
DROP TABLE raw_data.action_network_odds;
DELETE FROM raw_data.payload_tables WHERE source = 'action_network';
DROP FUNCTION raw_data.action_network_books(raw_data.payload);
DROP FUNCTION raw_data.action_network_splits(raw_data.payload);
DROP FUNCTION raw_data.action_network_history_lines(raw_data.payload);
DROP FUNCTION raw_data.action_network_lines(raw_data.payload);
DROP FUNCTION raw_data.action_network_games(raw_data.payload);
DROP FUNCTION raw_data.action_network_outcome_points(jsonb);
DROP FUNCTION raw_data.action_network_v1_prices(jsonb);
-- Its logged attempts keep the catalogue row until the log itself goes.
DELETE FROM raw_data.sources s WHERE s.source = 'action_network'
   AND NOT EXISTS (SELECT 1 FROM raw_data.collection_log l WHERE l.source = s.source);
COMMIT;
