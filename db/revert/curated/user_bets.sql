-- Revert mlb:curated/user_bets
BEGIN;
COMMENT ON ROLE mlb_analyst IS 'Read-only analysis: may read staging, curated and the audit views, and write nothing.';
SET LOCAL ROLE mlb_owner;
DROP TABLE curated.user_bets;
COMMIT;
