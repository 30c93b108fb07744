-- Revert mlb:sources/action_network/source
BEGIN;
SET LOCAL ROLE mlb_owner;
-- Its logged attempts keep the catalogue row until the log itself goes.
DELETE FROM raw_data.sources s WHERE s.source = 'action_network'
   AND NOT EXISTS (SELECT 1 FROM raw_data.collection_log l WHERE l.source = s.source);
COMMIT;
