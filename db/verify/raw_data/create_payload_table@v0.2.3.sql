-- Verify mlb:raw_data/create_payload_table (reworked): payload tables grant the agent no write.
BEGIN;
SELECT 1/count(*) FROM pg_proc WHERE oid = 'raw_data.create_payload_table(text)'::regprocedure AND prosrc NOT LIKE '%GRANT INSERT%';
SELECT 1/(NOT has_table_privilege('mlb_agent', 'raw_data.sbd_betting_splits', 'INSERT'))::int;
ROLLBACK;
