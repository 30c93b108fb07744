-- Verify mlb:curated/date_partition
BEGIN;
SELECT 1 / (curated.date_partition('2000-01-09') = 0 AND curated.date_partition('1999-12-31') = 7)::int;
ROLLBACK;
