-- Verify mlb:raw_data/stated_lines
BEGIN;
SELECT 'raw_data.stated_lines(text, bigint[])'::regprocedure;
ROLLBACK;
