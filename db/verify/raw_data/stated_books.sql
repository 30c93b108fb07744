-- Verify mlb:raw_data/stated_books
BEGIN;
SELECT 'raw_data.stated_books(text, bigint[])'::regprocedure;
ROLLBACK;
