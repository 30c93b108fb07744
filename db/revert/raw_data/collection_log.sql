-- Revert mlb:raw_data/collection_log
BEGIN;
-- Raw payloads are kept forever: dropping tables that hold rows needs an explicit
-- yes (PGOPTIONS='-c mlb.revert_drops_raw_data=yes'), after a backup (docs/operations.md).
DO $$
BEGIN
  IF coalesce(current_setting('mlb.revert_drops_raw_data', true), '') <> 'yes' AND (EXISTS (SELECT 1 FROM raw_data.collection_log)) THEN
    RAISE EXCEPTION 'refusing to drop raw_data.collection_log: it holds raw payloads'
      USING HINT = 'Back up first (docs/operations.md); to drop them anyway: PGOPTIONS=''-c mlb.revert_drops_raw_data=yes'' sqitch revert ...';
  END IF;
END
$$;
SET LOCAL ROLE mlb_owner;
DROP TABLE raw_data.collection_log;
COMMIT;
