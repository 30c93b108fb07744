-- Verify mlb:curated/strategies_analyst_writes
BEGIN;
SELECT 1 / has_column_privilege('mlb_analyst', 'curated.strategies', 'market', 'INSERT')::int;
SELECT 1 / has_column_privilege('mlb_analyst', 'curated.strategies', 'is_active', 'UPDATE')::int;
ROLLBACK;
