-- Verify mlb:raw_data/json_array_or_empty
BEGIN;
SELECT 'raw_data.json_array_or_empty(jsonb)'::regprocedure;
ROLLBACK;
