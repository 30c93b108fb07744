-- Revert mlb:curated/rebuild/features
BEGIN;
SET LOCAL ROLE mlb_owner;
DROP FUNCTION curated.rebuild_features(bigint, date[]);
COMMIT;
