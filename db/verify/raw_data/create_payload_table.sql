-- Verify mlb:raw_data/create_payload_table
BEGIN;
SELECT 'raw_data.create_payload_table(text)'::regprocedure;
SELECT 1/count(*) FROM pg_proc WHERE oid = 'raw_data.create_payload_table(text)'::regprocedure AND prosrc LIKE '%PARTITION BY LIST (season)%';
SELECT 1/(SELECT count(*) = 0 FROM raw_data.payload_tables t
           WHERE (SELECT c.relkind FROM pg_class c WHERE c.oid = format('raw_data.%I', t.raw_table)::regclass) <> 'p')::int;
ROLLBACK;
