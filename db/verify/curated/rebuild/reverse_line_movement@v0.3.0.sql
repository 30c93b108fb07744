-- Verify mlb:curated/rebuild/reverse_line_movement
BEGIN;
SELECT 'curated.rebuild_reverse_line_movement(bigint, bigint[])'::regprocedure;
ROLLBACK;
