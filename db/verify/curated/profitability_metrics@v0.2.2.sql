-- Verify mlb:curated/profitability_metrics (reworked after v0.2.1): the skipped count.
BEGIN;
SELECT skipped FROM curated.profitability_metrics WHERE false;
ROLLBACK;
