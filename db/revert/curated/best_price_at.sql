-- Revert mlb:curated/best_price_at
BEGIN;
SET LOCAL ROLE mlb_owner;
DROP FUNCTION curated.best_price_at(bigint, text, text, timestamptz, numeric);
COMMIT;
