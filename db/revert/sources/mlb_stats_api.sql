-- Revert mlb:sources/mlb_stats_api
BEGIN;
-- Raw payloads are kept forever: dropping tables that hold rows needs an explicit
-- yes (PGOPTIONS='-c mlb.revert_drops_raw_data=yes'), after a backup (docs/operations.md).
DO $$
BEGIN
  IF coalesce(current_setting('mlb.revert_drops_raw_data', true), '') <> 'yes' AND (EXISTS (SELECT 1 FROM raw_data.mlb_stats_api)) THEN
    RAISE EXCEPTION 'refusing to drop raw_data.mlb_stats_api: it holds raw payloads'
      USING HINT = 'Back up first (docs/operations.md); to drop them anyway: PGOPTIONS=''-c mlb.revert_drops_raw_data=yes'' sqitch revert ...';
  END IF;
END
$$;
SET LOCAL ROLE mlb_owner;
DROP TABLE raw_data.mlb_stats_api;
DELETE FROM raw_data.payload_tables WHERE source = 'mlb_stats_api';
DROP FUNCTION raw_data.mlb_stats_api_games(raw_data.payload);
-- Its logged attempts keep the catalogue row until the log itself goes.
DELETE FROM raw_data.sources s WHERE s.source = 'mlb_stats_api'
   AND NOT EXISTS (SELECT 1 FROM raw_data.collection_log l WHERE l.source = s.source);
COMMIT;
