-- Revert mlb:curated/strategies_analyst_writes: the analyst reads strategies only again.
BEGIN;
SET LOCAL ROLE mlb_owner;
REVOKE INSERT, UPDATE ON curated.strategies FROM mlb_analyst;
COMMIT;
