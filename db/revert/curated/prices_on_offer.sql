-- Revert mlb:curated/prices_on_offer
BEGIN;
SET LOCAL ROLE mlb_owner;
DROP VIEW curated.prices_on_offer;
COMMIT;
