-- Verify mlb:curated/strategies
BEGIN;
SELECT 1 FROM curated.strategies WHERE false;
ROLLBACK;
