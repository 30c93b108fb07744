-- Revert mlb:raw_data/refuse_change
BEGIN;
SET LOCAL ROLE mlb_owner;
DROP TRIGGER refuse_truncate ON raw_data.collection_log;
DROP TRIGGER refuse_update_delete ON raw_data.collection_log;
DROP FUNCTION raw_data.refuse_change();
COMMIT;
