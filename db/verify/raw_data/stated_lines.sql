-- Verify mlb:raw_data/stated_lines
BEGIN;
SELECT 1 / (prorows = 20000)::int FROM pg_proc WHERE oid = 'raw_data.stated_lines(text, bigint[])'::regprocedure;
ROLLBACK;
