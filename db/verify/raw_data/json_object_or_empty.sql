-- Verify mlb:raw_data/json_object_or_empty
BEGIN;
SELECT 'raw_data.json_object_or_empty(jsonb)'::regprocedure;
ROLLBACK;
