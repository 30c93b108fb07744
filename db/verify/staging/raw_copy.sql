-- Verify mlb:staging/raw_copy
BEGIN;
SELECT 1/(staging.raw_copy('2025-06-14 12:00Z', 'b', 1) > staging.raw_copy('2025-06-14 12:00Z', 'a', 9))::int;
ROLLBACK;
