-- Verify mlb:curated/rebuild/reverse_line_movement (reworked after v0.3.0): the public seen around each move.
BEGIN;
SELECT 1/count(*) FROM pg_proc WHERE oid = 'curated.rebuild_reverse_line_movement(bigint, bigint[])'::regprocedure
   AND prosrc LIKE '%public_seen_after_moves_at%';
ROLLBACK;
