-- Verify mlb:sources/action_network (reworked after v0.2.1): the catalogue's brands and the v1 odds[] shape.
BEGIN;
SELECT 'raw_data.action_network_v1_prices(jsonb)'::regprocedure;
SELECT 1/count(*) FROM pg_proc WHERE oid = 'raw_data.action_network_books(raw_data.payload)'::regprocedure AND prosrc LIKE '%parent_name%';
ROLLBACK;
