-- Verify mlb:staging/promote/stated_games (reworked): Start times and dates read by raw_data.iso_time/iso_date, numbers only when they fit: a bad value is a reason, never a failed batch.
BEGIN;
SELECT 1/count(*) FROM pg_proc WHERE oid = 'staging.promote_stated_games(bigint)'::regprocedure AND prosrc LIKE '%raw_data.iso_time(%';
ROLLBACK;
