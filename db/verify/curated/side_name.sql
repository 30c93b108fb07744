-- Verify mlb:curated/side_name
BEGIN;
SELECT 1 / (curated.side_name('away', 'PHI', 'NYM') = 'NYM')::integer;
ROLLBACK;
