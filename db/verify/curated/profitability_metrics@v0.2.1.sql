-- Verify mlb:curated/profitability_metrics
BEGIN;
SELECT 1 FROM curated.profitability_metrics WHERE false;
ROLLBACK;
