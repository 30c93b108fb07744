-- Revert mlb:raw_data/stated_splits
BEGIN;
SET LOCAL ROLE mlb_owner;
DROP FUNCTION raw_data.stated_splits(text, bigint[]);
COMMIT;
