-- Revert mlb:curated/rebuild/signals
BEGIN;
SET LOCAL ROLE mlb_owner;
DROP FUNCTION curated.rebuild_signals(bigint, bigint[]);
COMMIT;
