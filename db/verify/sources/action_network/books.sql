-- Verify mlb:sources/action_network/books
BEGIN;
SELECT 'raw_data.action_network_books(raw_data.payload)'::regprocedure;
ROLLBACK;
