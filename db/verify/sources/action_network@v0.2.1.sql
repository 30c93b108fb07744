-- Verify mlb:sources/action_network (reworked): A history point keeps a time that is not a real instant as NULL (staging rejects it with a reason) instead of failing every read.
BEGIN;
SELECT 1/count(*) FROM pg_proc WHERE oid = 'raw_data.action_network_history_points(jsonb)'::regprocedure AND prosrc LIKE '%raw_data.iso_time(%';
ROLLBACK;
