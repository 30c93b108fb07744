-- Revert mlb:curated/signal_rates
BEGIN;
SET LOCAL ROLE mlb_owner;
DROP VIEW curated.signal_rates;
COMMIT;
