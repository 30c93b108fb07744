-- Revert mlb:curated/profitability_metrics
BEGIN;
SET LOCAL ROLE mlb_owner;
DROP VIEW curated.profitability_metrics;
COMMIT;
