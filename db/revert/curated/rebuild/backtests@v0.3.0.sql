-- Revert mlb:curated/rebuild/backtests
BEGIN;
SET LOCAL ROLE mlb_owner;
DROP FUNCTION curated.rebuild_backtests(bigint, text);
COMMIT;
