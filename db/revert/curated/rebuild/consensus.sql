-- Revert mlb:curated/rebuild/consensus
BEGIN;
SET LOCAL ROLE mlb_owner;
DROP FUNCTION curated.rebuild_consensus(bigint, bigint[]);
COMMIT;
